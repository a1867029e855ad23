using System.Globalization;
using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;
using ReportingProportion = CorporateParenting.Reporting.Proportion;

namespace VirtualSchool.Api.Grpc;

/// <summary>The Board's Virtual School figures as virtualschool.v1 messages: raw counts, suppression is the reader's.</summary>
public static class BoardMeasuresMessages
{
    public static Measures Of(BoardMeasuresQuery query, BoardMeasures figures)
    {
        var reply = new Measures
        {
            AsAt = Iso(query.AsAt),
            Period = BoardMeasuresQuery.PeriodNames.Single(p => p.Value == query.Period).Key,
            Cohort = CohortOf(figures.Headline),
            Peps = PepsOf(figures.Headline.Peps),
        };
        if (figures.PupilPremiumPlus is { } ppp)
        {
            reply.PupilPremiumPlus = new PupilPremiumPlusYear
            {
                FinancialYear = ppp.Year.FinancialYear, EligiblePupils = ppp.Year.EligiblePupils, GrantPence = ppp.Totals.Grant.Pence,
                AllocatedPence = ppp.Totals.Allocated.Pence, ClawedBackPence = ppp.Totals.ClawedBack.Pence, PaidPence = ppp.Totals.Paid.Pence,
                RetainedSpentPence = ppp.Totals.RetainedSpent.Pence, OutstandingPence = ppp.Totals.Outstanding.Pence,
                UnspentPence = ppp.Totals.Unspent.Pence, IsClosed = ppp.IsClosed,
            };
        }
        reply.Monthly.AddRange(figures.Monthly.Select(m => new MonthlyMeasures
        {
            AsAt = Iso(m.AsAt), Pupils = m.Ours.Pupils, PersistentlyAbsent = ProportionOf(m.Ours.PersistentlyAbsent, m.Ours.Pupils),
            SuspendedPupils = m.Ours.SuspendedPupils, PermanentlyExcludedPupils = m.Ours.PermanentlyExcludedPupils,
            PepsOnTime = ProportionOf(m.Peps.OnTime, m.Peps.Due),
        }));
        return reply;
    }

    private static AttendanceAndExclusions CohortOf(BoardMeasuresOn on) => new()
    {
        Name = on.Period.Name, From = Iso(on.Period.From), To = Iso(on.Period.To), Pupils = on.Ours.Pupils,
        PossibleSessions = on.Ours.Sessions.Possible, PresentSessions = on.Ours.Sessions.Present,
        PersistentlyAbsent = ProportionOf(on.Ours.PersistentlyAbsent, on.Ours.Pupils), SeverelyAbsent = ProportionOf(on.Ours.SeverelyAbsent, on.Ours.Pupils),
        Suspensions = on.Ours.Suspensions, SuspendedPupils = on.Ours.SuspendedPupils,
        PermanentExclusions = on.Ours.PermanentExclusions, PermanentlyExcludedPupils = on.Ours.PermanentlyExcludedPupils,
    };

    private static PepsOnTime PepsOf(PepTimelinessResult peps) => new()
    {
        From = Iso(peps.From), To = Iso(peps.To), OnTime = ProportionOf(peps.OnTime, peps.Due), Overdue = peps.Overdue, Pending = peps.Pending,
        TargetPercent = peps.TargetPercent.ToString(CultureInfo.InvariantCulture),
    };

    private static Proportion ProportionOf(int numerator, int denominator) =>
        new() { Numerator = numerator, Denominator = denominator, Percent = new ReportingProportion(numerator, denominator).RoundedPercent };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
