namespace Notifications.Api.Options;

/// <summary><c>Authority</c>: our own local authority, which our notices to host authorities come from.</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Authority";

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
