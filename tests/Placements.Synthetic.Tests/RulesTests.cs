using System.Globalization;
using CorporateParenting.Placements.V1;
using Placements.Domain;
using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>Every generated command replayed through the domain rules the server enforces must be accepted.</summary>
public class RulesTests
{
    private static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [Fact]
    public void Every_command_is_accepted_by_the_care_history_rules()
    {
        var cohort = Cohorts.FiveThousand;
        string ours = cohort.Options.OurAuthorityCode;
        foreach (var child in cohort.Children)
        {
            var history = new CareHistory(child.DateOfBirth, ours);
            DateOnly? lastAllocation = null;
            string? lastWorker = null;
            foreach (var command in child.Commands)
            {
                try
                {
                    switch (command.Request)
                    {
                        case RecordEntryToCareRequest r:
                            history.EnterCare(D(r.EnteredCareOn), r.LegalStatus, r.CategoryOfNeed, new Placement(
                                r.PlacementType, Blank(r.PlacementProvider), Blank(r.ProviderUrn), Blank(r.PlacementPostcode), r.PlacementAuthorityCode));
                            break;
                        case RecordPlacementChangeRequest r:
                            history.ChangePlacement(D(r.ChangedOn), new Placement(
                                r.PlacementType, Blank(r.PlacementProvider), Blank(r.ProviderUrn), Blank(r.PlacementPostcode), r.PlacementAuthorityCode),
                                Blank(r.ReasonForChange), r.SameCarers ? Carers.Same : Carers.New);
                            break;
                        case RecordLegalStatusChangeRequest r:
                            history.ChangeLegalStatus(D(r.ChangedOn), r.LegalStatus);
                            break;
                        case RecordCareEndedRequest r:
                            history.EndCare(D(r.EndedOn), r.ReasonCeased);
                            break;
                        case AllocateSocialWorkerRequest r:
                            var on = D(r.AllocatedOn);
                            Assert.True(history.Periods.Count > 0, "allocation before entry");
                            Assert.True(on >= child.DateOfBirth);
                            Assert.True(lastAllocation is null || on > lastAllocation, "allocations must start on later days");
                            Assert.NotEqual(lastWorker, r.SocialWorkerId);
                            Assert.StartsWith("SW", r.SocialWorkerId);
                            lastAllocation = on;
                            lastWorker = r.SocialWorkerId;
                            break;
                        default:
                            Assert.Fail($"unexpected {command.Request.Descriptor.Name}");
                            break;
                    }
                }
                catch (CareRuleViolation violation)
                {
                    Assert.Fail($"{command.ClientRequestId} ({command.Kind} on {command.EffectiveOn}) refused: {violation.Message}");
                }
            }

            Assert.Equal(child.Facts.IsLookedAfterAtAsAt, history.IsLookedAfter);
            Assert.Equal(child.Facts.PeriodsOfCare, history.Periods.Count);
        }
    }

    [Fact]
    public void Dates_are_ordered_within_the_history_window_and_never_after_AsAt()
    {
        var cohort = Cohorts.FiveThousand;
        var windowStart = cohort.Options.AsAt.AddYears(-cohort.Options.YearsOfHistory);
        foreach (var child in cohort.Children)
        {
            Assert.Equal(CommandKind.EntryToCare, child.Commands[0].Kind);
            DateOnly previous = DateOnly.MinValue;
            DateOnly? previousEpisodeChange = null;
            foreach (var command in child.Commands)
            {
                Assert.InRange(command.EffectiveOn, windowStart, cohort.Options.AsAt);
                Assert.True(command.EffectiveOn >= previous, $"{command.ClientRequestId} is out of order");
                previous = command.EffectiveOn;
                if (command.Kind != CommandKind.SocialWorkerAllocated)
                {
                    // No two episode changes (or entry and change, or change and end) on the same day.
                    Assert.True(previousEpisodeChange is null || command.EffectiveOn > previousEpisodeChange, $"{command.ClientRequestId} same day");
                    previousEpisodeChange = command.EffectiveOn;
                }
            }
        }
    }

    [Fact]
    public void Entries_are_under_18_and_never_into_a_temporary_placement()
    {
        foreach (var child in Cohorts.FiveThousand.Children)
        {
            foreach (var entry in child.Commands.Select(c => c.Request).OfType<RecordEntryToCareRequest>())
            {
                var on = D(entry.EnteredCareOn);
                Assert.True(child.DateOfBirth <= on);
                Assert.True(child.DateOfBirth.AddYears(18) > on, $"{child.CaseReference} is 18 at entry");
                Assert.DoesNotContain(entry.PlacementType, new[] { "T0", "T1", "T2", "T3", "T4" });
                Assert.Equal(child.CaseReference, entry.CaseReference);
            }
        }
    }

    [Fact]
    public void Providers_and_urns_follow_the_PLACE_PROVIDER_and_URN_rules()
    {
        var cohort = Cohorts.FiveThousand;
        string ours = cohort.Options.OurAuthorityCode;
        var placements = cohort.Children.SelectMany(c => c.Commands).Select(c => c.Request switch
        {
            RecordEntryToCareRequest r => (r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementAuthorityCode),
            RecordPlacementChangeRequest r => (r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementAuthorityCode),
            _ => default,
        }).Where(p => p.PlacementType is not null).ToList();

        Assert.NotEmpty(placements);
        foreach (var (type, provider, urn, authority) in placements)
        {
            Assert.Equal(PlacementTypeGroups.WithoutUrn.Contains(type), urn.Length == 0);
            if (PlacementTypeGroups.WithoutProvider.Contains(type))
            {
                Assert.Equal(string.Empty, provider);
                continue;
            }

            Assert.Contains(provider, new[] { "PR0", "PR1", "PR2", "PR3", "PR4", "PR5" });
            Assert.True(provider != "PR0" || type == "P1", $"PR0 with {type}");
            Assert.True(type != "P1" || provider == "PR0", "P1 is with a parent");
            Assert.False(provider is "PR1" or "PR2" && type is "P1" or "R2" or "R5", $"{provider} with {type}");
            Assert.True(provider != "PR1" || authority == ours, "PR1 outside our area");
        }

        Assert.Contains(placements, p => p.Item1 == "T3");
        Assert.Contains(placements, p => p.Item1 == "T4");
        Assert.Contains(placements, p => p.Item1.StartsWith('Z'));
    }

    [Fact]
    public void Ages_suit_age_limited_placements_and_leaving_reasons()
    {
        foreach (var child in Cohorts.FiveThousand.Children)
        {
            foreach (var command in child.Commands)
            {
                int age = Age(child.DateOfBirth, command.EffectiveOn);
                switch (command.Request)
                {
                    case RecordPlacementChangeRequest { PlacementType: "K3" } or RecordEntryToCareRequest { PlacementType: "K3" }:
                        Assert.True(age >= 16, $"{child.CaseReference} in K3 at {age}");
                        break;
                    case RecordPlacementChangeRequest { PlacementType: "R5" } or RecordEntryToCareRequest { PlacementType: "R5" }:
                        Assert.True(age >= 10);
                        break;
                    case RecordCareEndedRequest { ReasonCeased: "E17" }:
                        Assert.True(age >= 18);
                        break;
                    case RecordCareEndedRequest { ReasonCeased: "E7" }:
                        Assert.True(age >= 16);
                        break;
                }
            }
        }
    }

    internal static int Age(DateOnly dateOfBirth, DateOnly on)
    {
        int age = on.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > on ? age - 1 : age;
    }
}
