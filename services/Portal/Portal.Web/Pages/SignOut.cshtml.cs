using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.SignIn;

namespace Portal.Web.Pages;

/// <summary>Ends the session (a form post, so another site cannot sign a person out with a link).</summary>
public sealed class SignOutModel(IOptions<OpenIdConnectSignInOptions> provider) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // From the provider's session, the sign-in page would sign the person straight back in: it says they signed out.
        return Redirect(provider.Value.IsConfigured ? "/sign-in?signed-out=true" : "/sign-in");
    }
}
