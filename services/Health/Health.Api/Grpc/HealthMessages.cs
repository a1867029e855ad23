using CorporateParenting.Health.V1;
using Health.Api.Infrastructure.Rows;
using Health.Api.Queries;
using Health.Domain;

namespace Health.Api.Grpc;

/// <summary>Stored records as health.v1 messages.</summary>
public static class HealthMessages
{
    private const string DateFormat = "yyyy-MM-dd";

    public static HealthAssessment Of(HealthAssessmentRow a) => new()
    {
        AssessmentId = a.Id.ToString(),
        ChildId = a.ChildId.ToString(),
        Kind = ProtoEnum.Name(a.Kind),
        Status = ProtoEnum.Name(a.Status),
        DueOn = a.DueOn.ToString(DateFormat),
        RequestToProviderDueOn = Date(a.RequestToProviderDueOn),
        LookedAfterSince = a.LookedAfterSince.ToString(DateFormat),
        AppointmentOn = Date(a.AppointmentOn),
        CompletedOn = Date(a.CompletedOn),
        ClosedOn = Date(a.ClosedOn),
        ImmunisationsUpToDate = a.ImmunisationsUpToDate == true,
    };

    public static SdqResult Of(SdqRow s) => new()
    {
        SdqId = s.Id.ToString(),
        ChildId = s.ChildId.ToString(),
        CompletedOn = s.CompletedOn.ToString(DateFormat),
        Informant = ProtoEnum.Name(s.Informant),
        Emotional = s.Emotional ?? -1,
        Conduct = s.Conduct ?? -1,
        Hyperactivity = s.Hyperactivity ?? -1,
        PeerProblems = s.PeerProblems ?? -1,
        Prosocial = s.Prosocial ?? -1,
        TotalDifficulties = s.TotalDifficulties ?? -1,
        Externalising = s.Conduct + s.Hyperactivity ?? -1,
        Internalising = s.Emotional + s.PeerProblems ?? -1,
        Band = s.Band is { } band ? ProtoEnum.Name(band) : string.Empty,
    };

    public static Worklist Of(DateOnly today, IEnumerable<WorklistEntry> entries)
    {
        var worklist = new Worklist { Today = today.ToString(DateFormat) };
        worklist.Items.AddRange(entries.Select(Of));
        return worklist;
    }

    public static WorklistItem Of(WorklistEntry entry) => new()
    {
        Assessment = Of(entry.Assessment),
        GivenName = entry.GivenName,
        FamilyName = entry.FamilyName,
        Team = entry.Team,
        DaysRemaining = entry.Rag.DaysRemaining,
        Rag = ProtoEnum.Name(entry.Rag.Status),
    };

    public static HealthMeasures Of(int yearEnding, Oc2HealthMeasures m) => new()
    {
        YearEnding = yearEnding,
        Cohort = m.Cohort,
        HealthAssessments = Of(m.HealthAssessments),
        TeethChecks = Of(m.TeethChecks),
        ImmunisationsUpToDate = Of(m.ImmunisationsUpToDate),
        HealthSurveillance = Of(m.HealthSurveillance),
        InitialAssessmentsOnTime = Of(m.InitialAssessmentsOnTime),
        ReviewAssessmentsOnTime = Of(m.ReviewAssessmentsOnTime),
        SdqReturned = Of(m.SdqReturned),
        AverageSdqScore = m.AverageSdqScore?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        SdqNormal = m.SdqBands.Normal,
        SdqBorderline = m.SdqBands.Borderline,
        SdqConcern = m.SdqBands.Concern,
        Convicted = Of(m.Convicted),
        SubstanceMisuse = Of(m.SubstanceMisuse),
    };

    private static Proportion Of(CorporateParenting.Reporting.Proportion p) => new() { Numerator = p.Numerator, Denominator = p.Denominator, Percent = p.RoundedPercent };

    private static string Date(DateOnly? date) => date?.ToString(DateFormat) ?? string.Empty;
}
