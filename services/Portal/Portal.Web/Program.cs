using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using Portal.Web.Apis;
using Portal.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortalSignIn();
builder.Services.AddHttpClient();
builder.Services.AddRazorPages(pages =>
{
    pages.Conventions.AuthorizeFolder("/", PortalSignIn.SignedIn);
    pages.Conventions.AllowAnonymousToFolder("/SignIn");
});

var app = builder.Build();
app.UsePlatformDefaults(SecurityHeaders.Pages);

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages();
app.MapPlatformStatusApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
