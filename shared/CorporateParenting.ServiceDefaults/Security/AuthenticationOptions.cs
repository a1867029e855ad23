namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>The <c>Authentication</c> configuration section.</summary>
public sealed class PlatformAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>OpenID Connect authority (issuer URL) in production, e.g. the council's identity provider.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience our tokens are issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>Development only: the key development tokens are signed with. Ignored in every other environment.</summary>
    public string? DevelopmentSigningKey { get; set; }
}
