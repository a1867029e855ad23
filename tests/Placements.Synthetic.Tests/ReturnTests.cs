using System.Globalization;
using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using Placements.Domain;

namespace Placements.Synthetic.Tests;

/// <summary>A generated cohort, as Placements would hold it, has nothing the return's own checks would list.</summary>
public class ReturnTests
{
    private static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static Placement PlacementOf(string type, string provider, string urn, string postcode, string authority) =>
        new(type, Blank(provider), Blank(urn), Blank(postcode), authority);

    [Fact]
    public void The_years_rows_of_every_child_pass_the_returns_checks()
    {
        var cohort = Cohorts.FiveThousand;
        var thisYear = CollectionYear.Containing(cohort.Options.AsAt);
        int children = 0;
        foreach (var child in cohort.Children)
        {
            var history = new CareHistory(child.DateOfBirth, cohort.Options.OurAuthorityCode);
            RecordEntryToCareRequest? entry = null;
            foreach (var request in child.Commands.Select(c => c.Request))
            {
                switch (request)
                {
                    case RecordEntryToCareRequest r:
                        entry = r;
                        history.EnterCare(D(r.EnteredCareOn), r.LegalStatus, r.CategoryOfNeed,
                            PlacementOf(r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementPostcode, r.PlacementAuthorityCode));
                        break;
                    case RecordPlacementChangeRequest r:
                        history.ChangePlacement(D(r.ChangedOn),
                            PlacementOf(r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementPostcode, r.PlacementAuthorityCode),
                            Blank(r.ReasonForChange), r.SameCarers ? Carers.Same : Carers.New);
                        break;
                    case RecordLegalStatusChangeRequest r:
                        history.ChangeLegalStatus(D(r.ChangedOn), r.LegalStatus);
                        break;
                    case RecordCareEndedRequest r:
                        history.EndCare(D(r.EndedOn), r.ReasonCeased);
                        break;
                }
            }

            var motherhood = Motherhood.FromCodes(entry!.Mother, entry.FirstChildBornOn.Length == 0 ? null : D(entry.FirstChildBornOn));
            foreach (var year in new[] { thisYear, new CollectionYear(thisYear.EndYear - 1) })
            {
                var episodes = ReturnEpisodes.In(history.Periods.SelectMany(p => p.Episodes), year);
                var findings = ReturnChecks.Check(new ChildInReturn(year, child.DateOfBirth, child.Sex, Blank(entry.Upn), motherhood, Blank(entry.HomePostcode), false, episodes));
                Assert.True(findings.Count == 0, $"{child.CaseReference} in {year}: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Field}"))}");
                children += episodes.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(children > 5000, $"{children} child-years checked");
    }
}
