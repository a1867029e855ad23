namespace Portal.Web.SignIn;

/// <summary>
/// The <c>Portal:OpenIdConnect</c> section: the council's identity provider, which signs staff in everywhere but on a
/// development machine. Its access tokens are what the Portal sends to the services, which trust the same authority.
/// </summary>
public sealed class OpenIdConnectSignInOptions
{
    public const string Section = "Portal:OpenIdConnect";

    /// <summary>The provider's issuer URL; when blank, only the development sign-in exists (and only in Development).</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "portal";

    /// <summary>For a confidential client; a public client relies on PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes beyond <c>openid</c> and <c>profile</c>: what the provider needs to issue the platform's roles and an access token for the services.</summary>
    public string[] Scopes { get; set; } = ["roles"];

    /// <summary>Always true outside tests, whose in-process provider listens on plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrEmpty(Authority);
}
