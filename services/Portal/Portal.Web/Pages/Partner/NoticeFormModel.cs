using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Notifications;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.Partner;

/// <summary>
/// The fields of a partner's notice, shared by filing one and changing one: what was typed, kept as typed so a form with
/// a mistake shows it again; checked here field by field in GOV.UK's words; and the notifications service's refusals
/// (its ProblemDetails <c>errors</c>) placed against the fields they name.
/// </summary>
public abstract class NoticeFormModel(TimeProvider clock) : PageModel
{
    public const string Reference = "partner-reference";
    public const string DateOfBirth = "date-of-birth";
    public const string PlacementStart = "placement-start";
    public const string LastHealthAssessment = "last-health-assessment";

    public static readonly IReadOnlyList<(string Code, string Label)> YesNo = [("yes", "Yes"), ("no", "No")];

    /// <summary>The service's field names as the form's ids, and how a sentence names each.</summary>
    private static readonly Dictionary<string, (string Id, string Name)> ServiceFields = new()
    {
        ["partnerReference"] = (Reference, "Your reference"),
        ["givenName"] = ("given-name", "Given name"),
        ["familyName"] = ("family-name", "Family name"),
        ["dateOfBirth"] = (DateOfBirth + "-day", "Date of birth"),
        ["sex"] = ("sex", "Sex"),
        ["legalStatus"] = ("legal-status", "Legal status"),
        ["placementType"] = ("placement-type", "Placement type"),
        ["placementPostcode"] = ("placement-postcode", "Postcode of the placement"),
        ["placementStartOn"] = (PlacementStart + "-day", "Start date"),
        ["isEmergency"] = ("is-emergency", "Emergency placement"),
        ["lastHealthAssessmentOn"] = (LastHealthAssessment + "-day", "Date of the last health assessment"),
        ["reviewHealthAssessmentsRequested"] = ("review-health-assessments", "Review health assessments"),
    };

    [BindProperty(Name = Reference)]
    public string? PartnerReference { get; set; }

    [BindProperty(Name = "given-name")]
    public string? GivenName { get; set; }

    [BindProperty(Name = "family-name")]
    public string? FamilyName { get; set; }

    [BindProperty(Name = "sex")]
    public string? Sex { get; set; }

    [BindProperty(Name = "legal-status")]
    public string? LegalStatus { get; set; }

    [BindProperty(Name = "placement-type")]
    public string? PlacementType { get; set; }

    [BindProperty(Name = "placement-postcode")]
    public string? PlacementPostcode { get; set; }

    /// <summary>"yes" or "no": never assumed, since the notice's lateness depends on it.</summary>
    [BindProperty(Name = "is-emergency")]
    public string? IsEmergency { get; set; }

    [BindProperty(Name = "review-health-assessments")]
    public bool ReviewHealthAssessments { get; set; }

    public DateInput BirthDate { get; private set; } = DateInput.Empty;
    public DateInput StartDate { get; private set; } = DateInput.Empty;
    public DateInput LastAssessment { get; private set; } = DateInput.Empty;

    public Dictionary<string, string> Errors { get; } = [];

    protected DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The form filled in with a notice as the service holds it, to change it.</summary>
    protected void Fill(PartnerNotice notice)
    {
        (PartnerReference, GivenName, FamilyName, Sex, LegalStatus, PlacementType, PlacementPostcode) =
            (notice.PartnerReference, notice.GivenName, notice.FamilyName, notice.Sex, notice.LegalStatus, notice.PlacementType, notice.PlacementPostcode);
        (IsEmergency, ReviewHealthAssessments) = (notice.IsEmergency ? "yes" : "no", notice.ReviewHealthAssessmentsRequested);
        (BirthDate, StartDate) = (DateInput.Of(notice.DateOfBirth), DateInput.Of(notice.PlacementStartOn));
        LastAssessment = notice.LastHealthAssessmentOn is { } last ? DateInput.Of(last) : DateInput.Empty;
    }

    /// <summary>The posted form as the service's request, or none when a field is wrong (each named in <see cref="Errors"/>).</summary>
    protected PartnerNoticeDetails? Validated(string? partnerReference)
    {
        (BirthDate, StartDate, LastAssessment) =
            (DateInput.From(Request.Form, DateOfBirth), DateInput.From(Request.Form, PlacementStart), DateInput.From(Request.Form, LastHealthAssessment));
        Text(Reference, partnerReference, "Enter your reference for the child", "Your reference", 50);
        Text("given-name", GivenName, "Enter the child's given name", "The given name", 100);
        Text("family-name", FamilyName, "Enter the child's family name", "The family name", 100);
        var born = Past(DateOfBirth, BirthDate.Read("The child's date of birth"), "The child's date of birth");
        Choice("sex", Sex, NotificationWords.Sexes, "Select the child's sex");
        Choice("legal-status", LegalStatus, NotificationWords.LegalStatuses, "Select the child's legal status");
        Choice("placement-type", PlacementType, NotificationWords.PlacementTypes, "Select the type of placement");
        Text("placement-postcode", PlacementPostcode, "Enter the postcode of the placement", "The postcode", 8);
        var (starts, startError) = StartDate.Read("The start date of the placement");
        if (startError is null && starts < born)
        {
            startError = "The start date of the placement must be the same as or after the child's date of birth";
        }
        Add(PlacementStart + "-day", startError);
        Choice("is-emergency", IsEmergency, YesNo, "Select yes if the placement was made in an emergency");
        var lastAssessed = LastAssessment.IsBlank ? null
            : Past(LastHealthAssessment, LastAssessment.Read("The date of the last health assessment"), "The date of the last health assessment");

        return Errors.Count > 0 ? null : new PartnerNoticeDetails(
            partnerReference!.Trim(), GivenName!.Trim(), FamilyName!.Trim(), DateInput.Iso(born!.Value), Sex!, LegalStatus!, PlacementType!,
            PlacementPostcode!.Trim(), DateInput.Iso(starts!.Value), IsEmergency == "yes", lastAssessed is { } on ? DateInput.Iso(on) : null,
            ReviewHealthAssessments);
    }

    /// <summary>The service's refusal against the fields it names, or against <paramref name="field"/> when it names none.</summary>
    protected void Refused(ServiceProblem problem, string field)
    {
        foreach (var (name, message) in problem.FieldErrors)
        {
            var (id, said) = ServiceFields.GetValueOrDefault(name, (field, "This"));
            Errors[id] = $"{said} {message.TrimEnd('.')}";
        }
        if (Errors.Count == 0)
        {
            Errors[field] = problem.Kind == ServiceProblemKind.NotAnswering ? $"{problem.ServiceName} {problem.Message}" : problem.Message;
        }
    }

    private void Add(string field, string? error)
    {
        if (error is not null)
        {
            Errors[field] = error;
        }
    }

    private void Text(string field, string? value, string whenBlank, string name, int maxLength) =>
        Add(field, string.IsNullOrWhiteSpace(value) ? whenBlank : value.Trim().Length > maxLength ? $"{name} must be {maxLength} characters or fewer" : null);

    private void Choice(string field, string? value, IReadOnlyList<(string Code, string Label)> options, string whenNone) =>
        Add(field, options.Any(o => o.Code == value) ? null : whenNone);

    /// <summary>A date that has to have happened: today or before.</summary>
    private DateOnly? Past(string field, (DateOnly? Date, string? Error) read, string name)
    {
        var error = read.Error ?? (read.Date > Today ? $"{name} must be today or in the past" : null);
        Add(field + "-day", error);
        return error is null ? read.Date : null;
    }
}
