using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Api.Options;

/// <summary>Our own local authority: a child another authority placed here lives in it.</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    [Required, RegularExpression("^[EW][0-9]{8}$")]
    public string Code { get; set; } = string.Empty;
}
