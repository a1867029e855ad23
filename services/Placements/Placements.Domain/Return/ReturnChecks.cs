using System.Globalization;
using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Reporting;

namespace Placements.Domain;

/// <summary>A child's Header facts and in-year episodes, as the return's checks read them.</summary>
public sealed record ChildInReturn(
    CollectionYear Year, DateOnly DateOfBirth, string Sex, string? Upn, Motherhood Motherhood, string? HomePostcode, bool IsUasc, IReadOnlyList<Episode> Episodes)
{
    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];

    public IReadOnlyList<SocialWorkerEpisode> SocialWorkerEpisodes { get; init; } = [];
}

/// <summary>
/// The return's rules that only the year's rows can answer: what must be complete by 31 March, or applies to a placement
/// recorded before its rule did. The rules every change obeys are CareHistory's and hold already (docs/ssda903.md §7.2).
/// </summary>
public static class ReturnChecks
{
    public static IReadOnlyList<ReturnFinding> Check(ChildInReturn child)
    {
        var findings = new List<ReturnFinding>();
        var lookedAfter = child.Episodes.Where(e => !LegalStatusGroups.ShortBreaks.Contains(e.LegalStatus)).ToList();
        if (lookedAfter.Count > 0 && child.Upn is null)
        {
            findings.Add(new ReturnFinding("Header", "UPN", "442",
                "Record the child's UPN, or the code UN1–UN5 that says why there is none."));
        }

        // Rule 209: UN1 (not yet of school age) only for a child under 4 on 31 August before the year began.
        var schoolAgeFrom = new DateOnly(child.Year.Start.Year - 1, 8, 31);
        if (child.Upn == "UN1" && Birthdays.Nth(child.DateOfBirth, 4) <= schoolAgeFrom)
        {
            findings.Add(new ReturnFinding("Header", "UPN", "209", string.Create(CultureInfo.InvariantCulture,
                $"UN1 is for a child not yet of school age; this child was 4 by {schoolAgeFrom:yyyy-MM-dd}: record the UPN, or the UN code that says why there is none.")));
        }

        // Rule 210: UN4 (just looked after, UPN not yet obtained) does not hold at the return for a child still looked after
        // on 31 March or whose episode began in the last week (the validator tests DECOM on or after 24 March).
        var lastWeek = child.Year.End.AddDays(-7);
        if (child.Upn == "UN4" && child.Episodes.Count > 0 && (child.Episodes[^1].End is null || child.Episodes.Any(e => e.Start >= lastWeek)))
        {
            findings.Add(new ReturnFinding("Header", "UPN", "210",
                "UN4 says the UPN is not yet obtained because the child has just become looked after; by the return, record the UPN, or the UN code that says why there is none."));
        }

        if (lookedAfter.Count > 0 && child.Sex == "F" && child.Motherhood.IsMother is null)
        {
            findings.Add(new ReturnFinding("Header", "MOTHER", "393",
                "Record whether the child is a mother (MOTHER 1 with MC_DOB, or 0): the return asks it of every looked-after girl."));
        }

        if (child.Episodes.Count > 0 && lookedAfter.Count == 0 && child.Motherhood.IsMother is not null)
        {
            findings.Add(new ReturnFinding("Header", "MOTHER", "399",
                "A child whose only episodes are short breaks (V3, V4) has no MOTHER or MC_DOB in the return; clear them."));
        }

        if (lookedAfter.Count > 0 && !child.IsUasc && child.HomePostcode is null)
        {
            findings.Add(new ReturnFinding("Episodes", "HOME_POST", "392b",
                "Record the postcode of the child's home before the child became looked after.", lookedAfter[0].Start));
        }

        foreach (var episode in lookedAfter)
        {
            if (!child.IsUasc && episode.Placement.Postcode is null)
            {
                findings.Add(new ReturnFinding("Episodes", "PL_POST", "392b",
                    $"Record the postcode of the {episode.Placement.Type} placement.", episode.Start));
            }

            if (episode.Placement.ProviderUrn is null && !PlacementTypeGroups.WithoutUrn.Contains(episode.Placement.Type)
                && OnsAuthorityCode.IsInEngland(episode.Placement.AuthorityCode))
            {
                findings.Add(new ReturnFinding("Episodes", "URN", "218",
                    $"Record the provider's Ofsted URN for the {episode.Placement.Type} placement, or XXXXXXX if it is not registered.", episode.Start));
            }
        }

        findings.AddRange(LongSpells(child));
        if (child.Episodes.Count > 0 && child.Episodes[^1] is { End: null } open && Birthdays.Nth(child.DateOfBirth, 18) < child.Year.End
            && !(open.LegalStatus == LegalStatusGroups.SinglePeriodOfAccommodation && open.Placement.Type == "K2"))
        {
            findings.Add(new ReturnFinding("Episodes", "LS", "359",
                $"The young person is 18 or over and still looked after on 31 March in {open.LegalStatus} and {open.Placement.Type}: after 18 a young person is looked after only under section 20(5) in a community home (V2, K2). Record the end of care, or correct the episode.",
                open.Start));
        }

        foreach (var missing in child.MissingEpisodes.Where(m => m.End is null))
        {
            if (child.Episodes.LastOrDefault(e => e.Start <= missing.Start) is { End: { } placementEnded })
            {
                findings.Add(new ReturnFinding("Missing", "MIS_END", "575", string.Create(CultureInfo.InvariantCulture,
                    $"The child went missing on {missing.Start:yyyy-MM-dd} from an episode that ended on {placementEnded:yyyy-MM-dd}: record when the missing episode ended.")));
            }
        }

        // Allocations recorded before a change of social worker had to give its reason.
        foreach (var episode in child.SocialWorkerEpisodes.Where(e => e.Reason is null))
        {
            findings.Add(new ReturnFinding("SWEpisodes", "SW_REASON", "SW01bSTG1", string.Create(CultureInfo.InvariantCulture,
                $"Record why social worker {episode.SocialWorkerId} was allocated on {episode.Start:yyyy-MM-dd} (SW_REASON).")));
        }

        return findings;
    }

    /// <summary>
    /// Rules 361–364: a short-term order (police protection, an emergency protection or child assessment order, PACE
    /// detention) lasts no longer than the law allows. A spell is the run of consecutive episodes with that legal status; one
    /// still open is counted to 31 March, as the validator does.
    /// </summary>
    private static IEnumerable<ReturnFinding> LongSpells(ChildInReturn child)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var first = episodes[i];
            if (LegalStatusGroups.LongestSpell(first.LegalStatus) is not { } longest
                || (i > 0 && episodes[i - 1].LegalStatus == first.LegalStatus && episodes[i - 1].End == first.Start))
            {
                continue;
            }

            var last = i;
            while (last + 1 < episodes.Count && episodes[last + 1].LegalStatus == first.LegalStatus && episodes[last].End == episodes[last + 1].Start)
            {
                last++;
            }

            var end = episodes[last].End ?? child.Year.End;
            var days = end.DayNumber - first.Start.DayNumber;
            if (days > longest.Days)
            {
                yield return new ReturnFinding("Episodes", "DEC", longest.Rule, string.Create(CultureInfo.InvariantCulture,
                    $"{first.LegalStatus} lasts at most {longest.Days} days; this one ran {days} days from {first.Start:yyyy-MM-dd}{(episodes[last].End is null ? " and is still open on 31 March" : "")}: check the dates, or record the legal status that followed."),
                    first.Start);
            }
        }
    }
}
