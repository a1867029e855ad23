using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication and the platform's policies. Production trusts only the configured OpenID Connect
    /// authority and audience; Development trusts tokens signed with the configured development key instead.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformSecurity(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformAuthenticationOptions.Section).Get<PlatformAuthenticationOptions>()
            ?? new PlatformAuthenticationOptions();
        var useDevelopmentKey = builder.Environment.IsDevelopment() && !string.IsNullOrEmpty(options.DevelopmentSigningKey);
        var useAuthority = !string.IsNullOrEmpty(options.Authority) && !string.IsNullOrEmpty(options.Audience);
        if (!useDevelopmentKey && !useAuthority)
        {
            throw new InvalidOperationException(
                "Authentication is not configured: set Authentication__Authority and Authentication__Audience " +
                "(or, in Development only, Authentication__DevelopmentSigningKey).");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (useAuthority)
            {
                jwt.Authority = options.Authority;
                jwt.Audience = options.Audience;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                jwt.TokenValidationParameters.NameClaimType = PlatformClaims.Subject;
                jwt.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
            }
            if (useDevelopmentKey && !useAuthority)
            {
                jwt.TokenValidationParameters = DevelopmentTokens.ValidationParameters(options.DevelopmentSigningKey!);
            }
            else if (useDevelopmentKey)
            {
                // The handler adds the authority's issuer and signing keys to these, so either kind of token passes.
                var development = DevelopmentTokens.ValidationParameters(options.DevelopmentSigningKey!);
                jwt.TokenValidationParameters.ValidIssuers = [development.ValidIssuer];
                jwt.TokenValidationParameters.ValidAudiences = [development.ValidAudience, options.Audience!];
                jwt.TokenValidationParameters.IssuerSigningKeys = [development.IssuerSigningKey];
            }
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build())
            .AddPolicy(Policies.DenyUnnamed, policy => policy.RequireAssertion(_ => false))
            .AddPolicy(Policies.CaseSystem, policy => policy.RequireRole(Roles.CaseSystem))
            .AddPolicy(Policies.ReadChildRegister, policy => policy.RequireRole([Roles.CaseSystem, .. Roles.Staff]))
            .AddPolicy(Policies.ReadHealthRecords, policy => policy.RequireRole(Roles.Health, Roles.Admin))
            .AddPolicy(Policies.WriteHealthRecords, policy => policy.RequireRole(Roles.Health))
            .AddPolicy(Policies.ReadVirtualSchool, policy => policy.RequireRole(Roles.VirtualSchool, Roles.Admin))
            .AddPolicy(Policies.WriteVirtualSchool, policy => policy.RequireRole(Roles.VirtualSchool))
            .AddPolicy(Policies.ReadPeps, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.VirtualSchool) || context.User.IsInRole(Roles.Admin) || IsSchool(context.User)))
            .AddPolicy(Policies.WritePeps, policy => policy.RequireAssertion(context => context.User.IsInRole(Roles.VirtualSchool) || IsSchool(context.User)))
            .AddPolicy(Policies.ReadLeavingCare, policy => policy.RequireRole(Roles.LeavingCare, Roles.Admin))
            .AddPolicy(Policies.WriteLeavingCare, policy => policy.RequireRole(Roles.LeavingCare))
            .AddPolicy(Policies.ReadCareLeaver, policy => policy.RequireRole(Roles.LeavingCare, Roles.Admin, Roles.Service))
            .AddPolicy(Policies.ReadOc3Rows, policy => policy.RequireRole(Roles.LeavingCare, Roles.Admin, Roles.Service, Roles.Performance))
            .AddPolicy(Policies.ReadPupil, policy => policy.RequireRole(Roles.VirtualSchool, Roles.Admin, Roles.Service))
            .AddPolicy(Policies.ReadAggregates, policy => policy.RequireRole([Roles.Board, Roles.Performance, .. Roles.Staff]))
            .AddPolicy(Policies.ProduceReturns, policy => policy.RequireRole(Roles.Performance))
            .AddPolicy(Policies.Partner, policy => policy.RequireRole(Roles.Partner).RequireClaim(PlatformClaims.Authority))
            .AddPolicy(Policies.ManageNotifications, policy => policy.RequireRole(Roles.Notifications, Roles.Admin))
            .AddPolicy(Policies.SendAttendance, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.VirtualSchool)
                || (context.User.IsInRole(Roles.School) && !string.IsNullOrWhiteSpace(context.User.FindFirst(PlatformClaims.Urn)?.Value))))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ServiceRead, policy => policy.RequireRole(Roles.Service))
            .AddPolicy(Policies.AnyPlatformRole, policy => policy.RequireRole(Roles.All));
        return builder;
    }

    /// <summary>A school acting for the one URN its token names.</summary>
    private static bool IsSchool(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.School) && !string.IsNullOrWhiteSpace(user.FindFirst(PlatformClaims.Urn)?.Value);
}
