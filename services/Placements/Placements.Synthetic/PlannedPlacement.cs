namespace Placements.Synthetic;

/// <summary>A placement as the request fields carry it (blank for none).</summary>
internal sealed record PlannedPlacement(string Type, string Provider, string Urn, string Postcode, string AuthorityCode)
{
    public bool IsTemporary => Type is "T0" or "T1" or "T2" or "T3" or "T4";
}
