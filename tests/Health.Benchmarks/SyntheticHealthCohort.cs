extern alias HealthApi;

using HealthApi::Health.Api.Infrastructure.Rows;
using Placements.Synthetic;

namespace Health.Benchmarks;

/// <summary>
/// A reproducible national-scale cohort as Health would hold it after years of work. Ages at <c>today</c> follow the
/// national looked-after population (<see cref="ReferenceDistributions.AgeBands"/>, docs/reference-figures.md §2); time in care is
/// exponential with a mean of 3½ years (never before birth); 15% of those in care over a year had an earlier period,
/// 15% have left care, 3% of periods are short breaks (no assessments); 40% are placed out of area.
/// </summary>
public sealed class SyntheticHealthCohort
{
    private const string OurAuthority = "E06000015";
    private static readonly string[] OtherAuthorities = ["E08000025", "E09000008", "E10000016", "E06000018", "E08000035", "W06000015"];
    private static readonly string[] GivenNames = ["Ava", "Noah", "Mia", "Leo", "Isla", "Kai", "Zara", "Theo", "Amira", "Jayden", "Lily", "Musa"];
    private static readonly string[] FamilyNames = ["Smith", "Khan", "Jones", "Okafor", "Williams", "Nowak", "Brown", "Ahmed", "Taylor", "Murphy"];
    private static readonly IReadOnlyList<(int From, int To, double Share)> AgeBands = ReferenceDistributions.AgeBands;

    /// <summary>Children whose newest assessment slipped, on top of those late by chance: about 9% of open items are overdue.</summary>
    private const double SlippedShare = 0.065;

    private readonly SyntheticRandom _random;
    private readonly DateOnly _today;
    private readonly AssessmentChain _chains;
    private readonly RoutineChecks _checks;
    private readonly SdqHistory _sdqs;

    public SyntheticHealthCohort(int seed, DateOnly today)
    {
        _random = new SyntheticRandom(seed);
        _today = today;
        var history = new AssessmentHistory(_random);
        _chains = new AssessmentChain(_random, history, today);
        _checks = new RoutineChecks(_random, history, today);
        _sdqs = new SdqHistory(_random, today);
    }

    public IEnumerable<SyntheticChild> Children(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    private SyntheticChild Next()
    {
        var dateOfBirth = DateOfBirth();
        var outOfArea = _random.Chance(0.4);
        var child = new HealthChildRow
        {
            Id = _random.Id(),
            GivenName = _random.Pick(GivenNames),
            FamilyName = _random.Pick(FamilyNames),
            DateOfBirth = dateOfBirth,
            PlacementAuthorityCode = outOfArea ? _random.Pick(OtherAuthorities) : OurAuthority,
            IsOutOfArea = outOfArea,
            Team = HealthChildRow.TeamFor(outOfArea),
        };
        child.PeriodsOfCare.AddRange(Periods(child.Id, dateOfBirth));
        var latest = child.PeriodsOfCare[^1];
        child.UpdatedFrom = AssessmentHistory.At(latest.EndedOn ?? latest.StartedOn!.Value, 9);

        var assessments = new List<HealthAssessmentRow>();
        var sdqs = new List<SdqRow>();
        var difficulty = Math.Clamp(_random.Normal(0.35, 0.15), 0.02, 0.95);
        var slipped = _random.Chance(SlippedShare);
        foreach (var period in child.PeriodsOfCare.Where(p => !p.IsShortBreaks))
        {
            assessments.AddRange(_chains.For(child.Id, dateOfBirth, period, slipped && period == latest));
            assessments.AddRange(_checks.Yearly(child.Id, dateOfBirth, period));
            sdqs.AddRange(_sdqs.For(child.Id, dateOfBirth, period, difficulty));
        }
        if (latest is { EndedOn: null, IsShortBreaks: false } && _checks.Passport(child.Id, dateOfBirth, latest) is { } passport)
        {
            assessments.Add(passport);
        }
        return new SyntheticChild(child, assessments, sdqs);
    }

    private DateOnly DateOfBirth()
    {
        var roll = _random.Fraction();
        var band = AgeBands[^1];
        foreach (var candidate in AgeBands)
        {
            if ((roll -= candidate.Share) < 0)
            {
                band = candidate;
                break;
            }
        }
        // Born at least a day ago, and a 17-year-old at most 363 days past the birthday, so everyone is under 18.
        return _today.AddYears(-_random.Between(band.From, band.To)).AddDays(-_random.Between(1, 363));
    }

    private IEnumerable<CarePeriodRow> Periods(Guid childId, DateOnly dateOfBirth)
    {
        var daysInCare = Math.Clamp((int)_random.Exponential(3.5 * 365), 1, _today.DayNumber - dateOfBirth.DayNumber);
        var start = _today.AddDays(-daysInCare);
        if (daysInCare > 365 && _random.Chance(0.15))
        {
            var firstEnd = start.AddDays(_random.Between(60, daysInCare / 2));
            var restart = firstEnd.AddDays(_random.Between(30, Math.Max(30, (_today.DayNumber - firstEnd.DayNumber) / 2)));
            yield return Period(childId, start, firstEnd);
            start = restart;
        }
        DateOnly? left = _today.DayNumber - start.DayNumber > 35 && _random.Chance(0.15)
            ? _random.Between(start.AddDays(28), _today.AddDays(-1))
            : null;
        yield return Period(childId, start, left);
    }

    private CarePeriodRow Period(Guid childId, DateOnly start, DateOnly? end) => new()
    {
        Id = _random.Id(),
        ChildId = childId,
        StartedOn = start,
        EndedOn = end,
        IsShortBreaks = _random.Chance(0.03),
    };
}
