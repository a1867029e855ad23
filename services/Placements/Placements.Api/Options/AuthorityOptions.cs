using System.ComponentModel.DataAnnotations;

namespace Placements.Api.Options;

/// <summary>Our own local authority: a placement in any other authority's area is out of area.</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    [Required, RegularExpression("^[EW][0-9]{8}$")]
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Children under 18 living in our area (ONS mid-year estimate), for the rate per 10,000.</summary>
    [Range(1, 10_000_000)]
    public int ChildPopulation { get; set; }
}
