namespace Portal.Web.Pages.LeavingCare;

/// <summary>Leaving Care's codes in the words its personal advisers use.</summary>
public static class LeavingCareWords
{
    public static readonly IReadOnlyList<(string Code, string Label)> Duties =
    [
        ("allocate-personal-adviser", "Allocate a personal adviser"),
        ("needs-assessment", "Needs assessment"),
        ("pathway-plan-review", "Pathway plan review"),
        ("staying-put-ends", "Staying Put ends"),
        ("staying-close-assessment", "Staying close assessment"),
    ];

    /// <summary>SSDA903 IN_TOUCH codes, as the contact form offers them.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> InTouch =
    [
        ("YES", "In touch"),
        ("NO", "Not in touch"),
        ("REFU", "Refused contact or support"),
        ("NREQ", "No longer needs services"),
        ("RHOM", "Returned home to parents for more than 6 months"),
        ("DIED", "Died"),
    ];

    public static string Duty(string code) => Duties.FirstOrDefault(d => d.Code == code).Label ?? code;
}
