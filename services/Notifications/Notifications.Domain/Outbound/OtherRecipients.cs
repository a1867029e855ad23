namespace Notifications.Domain.Outbound;

/// <summary>One of the people and bodies reg 13 requires notice of a placement to go to, besides the area authority.</summary>
public sealed record OtherRecipient(string Code, string Who, string? MayBeLeftOutWhen);

/// <summary>What the social worker recorded for one of them: the day notice went, or why it was rightly not given.</summary>
public sealed record RecipientRecord(string Code, DateOnly? NotifiedOn, string? LeftOutBecause);

/// <summary>
/// The reg 13 recipients other than the host authority (docs/out-of-area.md §2, §13), which the platform does not send
/// to itself but lists for the social worker as a checklist: the child (if appropriate), those with parental
/// responsibility, people with contact rights and the previous carer (each may be left out where telling them would put
/// the child at risk of significant harm), the ICB, the GP, the education provider and the IRO (never left out).
/// </summary>
public static class OtherRecipients
{
    private const string RiskOfHarm = "telling them would put the child at risk of significant harm";

    public static readonly IReadOnlyList<OtherRecipient> All =
    [
        new("child", "the child", "it is not appropriate, given the child's age and understanding"),
        new("parents", "parents and others with parental responsibility", RiskOfHarm),
        new("contact", "people with contact rights under s34 or s8", RiskOfHarm),
        new("previous-carer", "the previous carer", RiskOfHarm),
        new("icb", "the ICB where the child lives and, if different, where the child is placed", null),
        new("gp", "the child's GP, and any GP the child is to register with", null),
        new("education", "the school, college or other education or training provider", null),
        new("iro", "the independent reviewing officer", null),
    ];

    public static readonly IReadOnlyList<string> Codes = [.. All.Select(r => r.Code)];

    /// <summary>
    /// A record for one recipient: exactly one of the day notice went (not after today) or the reason it was not given,
    /// and a reason only where reg 13 allows leaving them out. Null where it holds, otherwise what is wrong.
    /// </summary>
    public static string? Check(string code, DateOnly? notifiedOn, string? leftOutBecause, DateOnly today)
    {
        var recipient = All.Single(r => r.Code == code);
        return (notifiedOn, leftOutBecause) switch
        {
            (null, null) => "give notifiedOn, or leftOutBecause where reg 13 allows leaving them out",
            ({ }, { }) => "give notifiedOn or leftOutBecause, not both",
            ({ } day, _) when day > today => $"notifiedOn is after today ({today:yyyy-MM-dd})",
            (null, { }) when recipient.MayBeLeftOutWhen is null => $"{recipient.Who} must be told: reg 13 allows no exception",
            _ => null,
        };
    }
}
