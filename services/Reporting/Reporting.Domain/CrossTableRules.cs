using CorporateParenting.CodeLists;

namespace Reporting.Domain;

/// <summary>
/// The checks that need more than one service's tables, so that no single service can make them: every child in
/// another table is in the Header, and where that table gives a DOB it is the Header's (docs/ssda903.md §7.3). The
/// codes and wording are the DfE validator's (data-to-insight/csc-validator-be-903, <c>lac_validator/rules/lac2022_23</c>,
/// unchanged in later years); the validator has no such rule for SWEpisodes, so its one is ours.
/// </summary>
public static class CrossTableRules
{
    /// <summary>The rule a table's child breaks when the Header does not have it.</summary>
    private static readonly Dictionary<string, (string Rule, string Message)> NotInHeader = new(StringComparer.Ordinal)
    {
        [ReturnTables.Episodes] = ("INT03", "Internal Check: Child in Episodes does not exist in Header."),
        [ReturnTables.Oc2] = ("INT05", "Internal Check: Child in OC2 does not exist in Header."),
        [ReturnTables.Oc3] = ("INT06", "Internal Check: Child in OC3 does not exist in Header."),
        [ReturnTables.Uasc] = ("INT09", "Internal Check: Child in UASC does not exist in Header."),
        [ReturnTables.Missing] = ("INT04", "Internal Check: Child in Missing does not exist in Header."),
        [ReturnTables.SocialWorkerEpisodes] = (SocialWorkerEpisodesNotInHeader, "Child in SWEpisodes does not exist in Header."),
        [ReturnTables.Ad1] = ("INT01", "Data Integrity Check: Child in AD1 does not exist in Header."),
        [ReturnTables.PlacedAdoption] = ("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header."),
        [ReturnTables.PrevPerm] = ("INT07", "Internal Check: Child in PrevPerm does not exist in Header."),
        [ReturnTables.Reviews] = ("INT08", "Internal Check: Child in Reviews does not exist in Header."),
    };

    /// <summary>The rule a table's DOB breaks when it differs from the Header's. Episodes has no DOB; SWEpisodes' has no validator rule.</summary>
    private static readonly Dictionary<string, (string Rule, string Message)> DobDiffers = new(StringComparer.Ordinal)
    {
        [ReturnTables.Oc2] = ("INT14", "Internal Check: DOB in OC2 is different to DOB in Header."),
        [ReturnTables.Oc3] = ("INT15", "Internal Check: DOB in OC3 is different to DOB in Header."),
        [ReturnTables.Uasc] = ("INT18", "Internal Check: DOB in UASC is different to DOB in Header."),
        [ReturnTables.Missing] = ("INT13", "Internal Check: DOB in Missing is different to DOB in Header."),
        [ReturnTables.Ad1] = ("INT11", "Internal Check: DOB in AD1 is different to DOB in Header."),
        [ReturnTables.PlacedAdoption] = ("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header."),
        [ReturnTables.PrevPerm] = ("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header."),
        [ReturnTables.Reviews] = ("INT17", "Internal Check: DOB in Reviews is different to DOB in Header."),
    };

    /// <summary>The platform's own code for a SWEpisodes child missing from the Header: the validator checks no such thing, the DfE's loader would.</summary>
    public const string SocialWorkerEpisodesNotInHeader = "PLT-SW-HEADER";

    /// <summary>What the rules find in one row. A DOB blank on either side is not compared, as the validator does not.</summary>
    public static IEnumerable<ReturnFinding> Check(HeaderIndex header, TableRow row)
    {
        if (!NotInHeader.TryGetValue(row.Table, out var missing))
        {
            throw new ArgumentException($"No cross-table rule covers the table \"{row.Table}\".", nameof(row));
        }
        if (header.DobOf(row.Child) is not { } headerDob)
        {
            yield return new ReturnFinding(row.Child, row.Table, "CHILD", missing.Rule, missing.Message);
            yield break;
        }
        if (DobDiffers.TryGetValue(row.Table, out var differs)
            && !string.IsNullOrEmpty(row.Dob) && !string.IsNullOrEmpty(headerDob) && row.Dob != headerDob)
        {
            yield return new ReturnFinding(row.Child, row.Table, "DOB", differs.Rule, differs.Message);
        }
    }

    /// <summary>
    /// What the rules find in many rows, each finding once: the validator flags every row, but a child with ten episodes
    /// missing from the Header is one thing to put right.
    /// </summary>
    public static IReadOnlyList<ReturnFinding> Check(HeaderIndex header, IEnumerable<TableRow> rows) =>
        [.. rows.SelectMany(row => Check(header, row)).Distinct()];

    /// <summary>
    /// Rule 444 (2025-26): a UPN given for two children is a child recorded twice, or one child's UPN given to another.
    /// Both are named; the UN codes say a UPN is not known, and any number of children may give them.
    /// </summary>
    public static IEnumerable<ReturnFinding> CheckUpn(HeaderIndex header, string child, string upn)
    {
        if (upn.Length == 0 || Ssda903Codes.UnknownUpn.Contains(upn) || header.OtherWithUpn(child, upn) is not { } other)
        {
            yield break;
        }
        yield return new ReturnFinding(other, ReturnTables.Header, "UPN", "444", $"Duplicate UPN has been reported: CHILD {child} gives the same UPN.");
        yield return new ReturnFinding(child, ReturnTables.Header, "UPN", "444", $"Duplicate UPN has been reported: CHILD {other} gives the same UPN.");
    }
}
