using System.Globalization;
using CorporateParenting.CodeLists;

namespace Placements.Domain;

/// <summary>A child's Header facts and in-year episodes, as the return's checks read them.</summary>
public sealed record ChildInReturn(
    string Sex, string? Upn, Motherhood Motherhood, string? HomePostcode, bool IsUasc, IReadOnlyList<Episode> Episodes)
{
    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];
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

        foreach (var missing in child.MissingEpisodes.Where(m => m.End is null))
        {
            if (child.Episodes.LastOrDefault(e => e.Start <= missing.Start) is { End: { } placementEnded })
            {
                findings.Add(new ReturnFinding("Missing", "MIS_END", "575", string.Create(CultureInfo.InvariantCulture,
                    $"The child went missing on {missing.Start:yyyy-MM-dd} from an episode that ended on {placementEnded:yyyy-MM-dd}: record when the missing episode ended.")));
            }
        }

        return findings;
    }
}
