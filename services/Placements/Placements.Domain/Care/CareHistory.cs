using System.Globalization;
using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;

namespace Placements.Domain;

/// <summary>
/// A child's SSDA903 history: periods of care, each a run of episodes. Every operation checks the
/// 903 rules first and changes nothing if one is broken, so the history is always one DfE accepts:
/// episodes never overlap, nothing happens before birth or after care ended (until a new period),
/// and every change is after the current episode started.
/// </summary>
public sealed partial class CareHistory
{
    private readonly List<PeriodOfCare> _periods = [];

    public CareHistory(DateOnly dateOfBirth, string ourAuthorityCode)
    {
        if (!OnsAuthorityCode.IsValid(ourAuthorityCode))
        {
            throw new ArgumentException($"'{ourAuthorityCode}' is not an ONS authority code.", nameof(ourAuthorityCode));
        }

        DateOfBirth = dateOfBirth;
        OurAuthorityCode = ourAuthorityCode;
    }

    public DateOnly DateOfBirth { get; private set; }

    public string OurAuthorityCode { get; }

    public IReadOnlyList<PeriodOfCare> Periods => _periods;

    public bool IsLookedAfter => _periods.Count > 0 && _periods[^1].IsOpen;

    public Episode? CurrentEpisode => IsLookedAfter ? _periods[^1].Current : null;

    public EnteredCare EnterCare(DateOnly date, string legalStatus, string categoryOfNeed, Placement placement, bool emergency = false)
    {
        if (IsLookedAfter)
        {
            throw new CareRuleViolation(
                $"The child is already looked after (since {Show(_periods[^1].Start)}); record a change of placement or legal status instead.");
        }

        if (date < DateOfBirth)
        {
            throw new CareRuleViolation($"Entry to care on {Show(date)} is before the child's date of birth, {Show(DateOfBirth)}.");
        }

        // A period that restarts on the day the last one ended would be one period in DfE's eyes.
        if (_periods.Count > 0 && _periods[^1].End is { } previousEnd && date <= previousEnd)
        {
            throw new CareRuleViolation(
                $"Entry to care on {Show(date)} must be after the previous period of care ended on {Show(previousEnd)}.");
        }

        if (Birthdays.AgeOn(DateOfBirth, date) >= 18)
        {
            throw new CareRuleViolation($"The child is 18 or over on {Show(date)}; a child starting to be looked after must be under 18 (rule 352).");
        }

        CheckCanComeBackIntoCare();

        CheckLegalStatus(legalStatus);
        CheckCategoryOfNeed(categoryOfNeed);
        var first = PlacementRules.Checked(placement, date, OurAuthorityCode);
        if (first.IsTemporary)
        {
            throw new CareRuleViolation(
                $"A period of care cannot start with a temporary placement ({first.Type}); record the placement the child is going to (rule 380).");
        }

        var episode = new Episode(
            date, ReasonForNewEpisode.StartedToBeLookedAfter, legalStatus, categoryOfNeed, first, IsOutOfArea(first), IsEmergency: emergency);
        CheckPlacementAndLegalStatus(episode);
        CheckAgeFor(episode);
        _periods.Add(new PeriodOfCare(episode));
        return new EnteredCare(date, episode);
    }

    public NewPlacement ChangePlacement(
        DateOnly date, Placement placement, string? reasonForChange, Carers carers = Carers.New, bool emergency = false)
    {
        var current = OpenEpisodeBefore(date, "Placement change");
        var next = CheckedNewPlacement(date, placement, current);
        CheckReasonForChange(reasonForChange, current, next);
        CheckTemporaryPlacement(date, current, next);

        // A return from a temporary placement is a change of placement and carers whoever the carers are (rule 383).
        var rne = carers == Carers.New || current.Placement.IsTemporary
            ? ReasonForNewEpisode.PlacementAndCarers
            : ReasonForNewEpisode.PlacementSameCarers;
        var (ended, started) = Continue(date, current, reasonForChange, current with
        {
            ReasonForNewEpisode = rne,
            Placement = next,
            IsOutOfArea = IsOutOfArea(next),
            IsEmergency = emergency,
        });
        return new NewPlacement(date, ended, started);
    }

    public NewLegalStatus ChangeLegalStatus(DateOnly date, string legalStatus)
    {
        var current = OpenEpisodeBefore(date, "Legal status change");
        CheckNewLegalStatus(legalStatus, current);
        CheckNotInTemporaryPlacement(date, current);
        var (ended, started) = Continue(date, current, null, current with
        {
            ReasonForNewEpisode = ReasonForNewEpisode.LegalStatusOnly,
            LegalStatus = legalStatus,
            IsEmergency = false, // the placement is the one before: no new placement was made
        });
        return new NewLegalStatus(date, ended, started);
    }

    public LegalStatusAndPlacementChanged ChangeLegalStatusAndPlacement(
        DateOnly date, string legalStatus, Placement placement, string? reasonForChange, Carers carers = Carers.New, bool emergency = false)
    {
        var current = OpenEpisodeBefore(date, "Legal status and placement change");
        CheckNewLegalStatus(legalStatus, current);
        CheckNotInTemporaryPlacement(date, current);
        var next = CheckedNewPlacement(date, placement, current);
        CheckReasonForChange(reasonForChange, current, next);
        CheckTemporaryPlacement(date, current, next);
        var rne = carers == Carers.New
            ? ReasonForNewEpisode.LegalStatusPlacementAndCarers
            : ReasonForNewEpisode.LegalStatusAndPlacementSameCarers;
        var (ended, started) = Continue(date, current, reasonForChange, current with
        {
            ReasonForNewEpisode = rne,
            LegalStatus = legalStatus,
            Placement = next,
            IsOutOfArea = IsOutOfArea(next),
            IsEmergency = emergency,
        });
        return new LegalStatusAndPlacementChanged(date, ended, started);
    }

    public CareEnded EndCare(DateOnly date, string reasonCeased)
    {
        var current = OpenEpisodeBefore(date, "End of care");
        if (reasonCeased == ReasonEpisodeCeased.NewEpisodeSameDay)
        {
            throw new CareRuleViolation("X1 means a new episode starts the same day; record the change of placement or legal status instead of ending care.");
        }

        if (!ReasonEpisodeCeased.All.Contains(reasonCeased))
        {
            throw new CareRuleViolation($"'{reasonCeased}' is not an SSDA903 reason for ceasing to be looked after (REC).");
        }

        if (current.Placement.IsTemporary)
        {
            throw new CareRuleViolation(
                $"A period of care cannot end with a temporary placement ({current.Placement.Type}); record the move back to the usual placement first (rule 381).");
        }

        CheckReasonCeased(date, reasonCeased, current);

        var closed = current with { End = date, ReasonCeased = reasonCeased };
        _periods[^1].ReplaceCurrent(closed);
        return new CareEnded(date, reasonCeased, closed);
    }

    private Episode OpenEpisodeBefore(DateOnly date, string change)
    {
        if (!IsLookedAfter)
        {
            throw new CareRuleViolation(_periods.Count == 0
                ? $"{change} on {Show(date)}: the child has never been looked after; record the entry to care first."
                : $"{change} on {Show(date)}: the child left care on {Show(_periods[^1].End!.Value)}; record a new entry to care first.");
        }

        var current = _periods[^1].Current;
        if (date < current.Start)
        {
            throw new CareRuleViolation($"{change} on {Show(date)} is before the current episode started on {Show(current.Start)}.");
        }

        // Our choice: a same-day change is refused rather than silently treated as a correction,
        // so a mistaken first entry is never hidden; the caller corrects the episode instead.
        if (date == current.Start)
        {
            throw new CareRuleViolation(
                $"{change} on {Show(date)} is on the day the current episode started; an episode must last at least a day, so correct the current episode instead.");
        }

        return current;
    }

    private (Episode Ended, Episode Started) Continue(DateOnly date, Episode current, string? reasonForChange, Episode next)
    {
        // REASON_PLACE_CHANGE belongs to the episode whose placement ended (rule 233: never on an open episode).
        var ended = current with
        {
            End = date,
            ReasonCeased = ReasonEpisodeCeased.NewEpisodeSameDay,
            ReasonForPlacementChange = reasonForChange,
        };
        var started = next with { Start = date, ReasonForPlacementChange = null, End = null, ReasonCeased = null };
        CheckPlacementAndLegalStatus(started);
        CheckAgeFor(started);
        var period = _periods[^1];
        period.ReplaceCurrent(ended);
        period.Add(started);
        return (ended, started);
    }

    private Placement CheckedNewPlacement(DateOnly date, Placement placement, Episode current)
    {
        var next = PlacementRules.Checked(placement, date, OurAuthorityCode);
        if (next == current.Placement)
        {
            throw new CareRuleViolation("The new placement is the same as the current one; a placement change needs a different placement (rules 431–436).");
        }

        return next;
    }

    private bool IsOutOfArea(Placement placement) => placement.AuthorityCode != OurAuthorityCode;

    private static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
