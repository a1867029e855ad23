using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Grpc;

/// <summary>Pupil Premium Plus as virtualschool.v1 messages: amounts in whole pence.</summary>
public static class PupilPremiumPlusMessages
{
    public static PupilPremiumPlus Of(PupilPremiumPlusPupilView view) => new()
    {
        PupilId = view.PupilId.ToString(),
        FinancialYear = view.FinancialYear,
        BudgetPence = Pence(view.Budget),
        AllocatedPence = Pence(view.Allocated),
        PaidPence = Pence(view.Paid),
        OutstandingPence = Pence(view.Outstanding),
        RemainingPence = Pence(view.Remaining),
        Allocations =
        {
            view.Allocations.Select(a => new PupilPremiumPlusAllocation
            {
                AllocationId = a.AllocationId.ToString(),
                Urn = a.Urn,
                TargetIds = { a.TargetIds.Select(t => t.ToString()) },
                ReallocatedFrom = a.ReallocatedFrom?.ToString() ?? string.Empty,
                AllocatedPence = Pence(a.Allocated),
                PaidPence = Pence(a.Paid),
                OutstandingPence = Pence(a.Outstanding),
            }),
        },
    };

    private static long Pence(decimal pounds) => decimal.ToInt64(pounds * 100m);
}
