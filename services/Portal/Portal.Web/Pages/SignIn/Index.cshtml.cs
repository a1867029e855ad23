using System.Security.Claims;
using System.Text.RegularExpressions;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.SignIn;

namespace Portal.Web.Pages.SignIn;

/// <summary>
/// The development sign-in (services/Portal/README.md): a person picks a name and a role (with the partner authority or school
/// it acts for), and the session's token for the services is a development token signed with the development key,
/// which only services in Development accept. Outside Development the page does not exist (404). Where an OpenID Connect
/// provider is configured, the page sends the person to it instead.
/// </summary>
public sealed partial class IndexModel(IWebHostEnvironment environment, IConfiguration configuration, IOptions<OpenIdConnectSignInOptions> provider) : PageModel
{
    public static readonly IReadOnlyList<(string Role, string Label)> RoleChoices =
    [
        (Roles.Health, "Health nurse"),
        (Roles.VirtualSchool, "Virtual School officer"),
        (Roles.School, "Designated teacher"),
        (Roles.LeavingCare, "Leaving care adviser"),
        (Roles.Notifications, "Notifications team"),
        (Roles.Partner, "Partner authority"),
        (Roles.Board, "Corporate Parenting Board member"),
        (Roles.Performance, "Performance team"),
        (Roles.Placements, "Placements team"),
        (Roles.Admin, "Administrator"),
    ];

    public sealed record SignInInput(string? Name, string? Role, string? Authority, string? Urn);

    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SignInInput Input { get; private set; } = new(null, null, null, null);

    /// <summary>Each field's problem, in the form's order, for the error summary.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>Just signed out of a session from the identity provider: say so, rather than sign straight back in.</summary>
    [BindProperty(Name = "signed-out", SupportsGet = true)]
    public bool SignedOut { get; set; }

    private bool DevelopmentSignIn => environment.IsDevelopment() && !provider.Value.IsConfigured;

    public IActionResult OnGet()
    {
        if (provider.Value.IsConfigured)
        {
            return SignedOut
                ? Page()
                : Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" }, OpenIdConnectDefaults.AuthenticationScheme);
        }
        return DevelopmentSignIn ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? role, string? authority, string? urn)
    {
        if (!DevelopmentSignIn)
        {
            return NotFound();
        }
        Input = new SignInInput(name?.Trim(), role, authority?.Trim().ToUpperInvariant(), urn?.Trim());
        if (string.IsNullOrEmpty(Input.Name) || Input.Name.Length > 100)
        {
            Errors["name"] = "Enter your name, in 100 characters or fewer";
        }
        if (!RoleChoices.Any(c => c.Role == Input.Role))
        {
            Errors["role"] = "Select your role";
        }
        if (Input.Role == Roles.Partner && !OnsCode().IsMatch(Input.Authority ?? ""))
        {
            Errors["authority"] = "Enter the partner authority's ONS code, like E06000015";
        }
        if (Input.Role == Roles.School && !SchoolUrn().IsMatch(Input.Urn ?? ""))
        {
            Errors["urn"] = "Enter the school's URN, 6 digits";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }

        var subject = $"dev:{Input.Name}";
        var partnerAuthority = Input.Role == Roles.Partner ? Input.Authority : null;
        var schoolUrn = Input.Role == Roles.School ? Input.Urn : null;
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PortalSignIn.NameClaim, Input.Name!), new(PlatformClaims.Role, Input.Role!) };
        if (partnerAuthority is not null)
        {
            claims.Add(new Claim(PlatformClaims.Authority, partnerAuthority));
        }
        if (schoolUrn is not null)
        {
            claims.Add(new Claim(PlatformClaims.Urn, schoolUrn));
        }
        var key = configuration[$"{PlatformAuthenticationOptions.Section}:{nameof(PlatformAuthenticationOptions.DevelopmentSigningKey)}"]
            ?? throw new InvalidOperationException("Development sign-in needs Authentication__DevelopmentSigningKey.");
        var token = DevelopmentTokens.Create(key, subject, [Input.Role!], partnerAuthority, urn: schoolUrn);
        await PortalSignIn.SignInAsync(HttpContext, new ClaimsPrincipal(new ClaimsIdentity(claims, "development", PortalSignIn.NameClaim, PlatformClaims.Role)), token);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    [GeneratedRegex("^E0[6-9][0-9]{6}$")]
    private static partial Regex OnsCode();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SchoolUrn();
}
