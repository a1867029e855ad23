using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Security;
using Portal.Web.Apis;
using Portal.Web.Services;
using Portal.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortalSignIn();
builder.AddServiceClients();
builder.Services.AddRazorPages(pages =>
{
    // Each area behind the same policy as the service it shows, so a page never offers what the service would refuse.
    pages.Conventions.AuthorizeFolder("/", PortalSignIn.SignedIn);
    pages.Conventions.AuthorizeFolder("/Board", Policies.ReadAggregates);
    pages.Conventions.AuthorizeFolder("/Health", Policies.ReadHealthRecords);
    pages.Conventions.AuthorizeFolder("/Children", Policies.ReadChildRegister);
    pages.Conventions.AuthorizeFolder("/LeavingCare", Policies.ReadLeavingCare);
    pages.Conventions.AuthorizePage("/LeavingCare/Adviser", Policies.WriteLeavingCare);
    pages.Conventions.AuthorizePage("/LeavingCare/Contact", Policies.WriteLeavingCare);
    pages.Conventions.AuthorizePage("/Health/Record", Policies.WriteHealthRecords);
    pages.Conventions.AuthorizeFolder("/Notifications", Policies.ManageNotifications);
    pages.Conventions.AuthorizeFolder("/Partner", Policies.Partner);
    // Resolving an alert (a handler of the worklist's page) asks for write-virtual-school in the handler itself.
    pages.Conventions.AuthorizeFolder("/VirtualSchool", Policies.ReadVirtualSchool);
    pages.Conventions.AuthorizeFolder("/AttendanceFeed", Policies.SendAttendance);
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
