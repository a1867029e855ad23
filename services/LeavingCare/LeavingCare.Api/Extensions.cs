using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Hosting;
using CorporateParenting.ServiceStore;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Api.Options;
using LeavingCare.Api.Queries;
using LeavingCare.Api.ReadModel;
using LeavingCare.Api.Sweeps;
using LeavingCare.Domain.InTouch;
using Microsoft.Extensions.Options;

namespace LeavingCare.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<LeavingCareDbContext>(ResourceNames.LeavingCareDb, ResourceNames.LeavingCare, typeof(Extensions).Assembly);
        builder.Services.AddScoped<RecordCareChange>();
        builder.Services.AddScoped<RecordDeterminationHandler>();
        builder.Services.AddScoped<ListYoungPeopleHandler>();
        builder.Services.AddScoped<GetYoungPersonHandler>();
        builder.Services.AddScoped<GetStatusFiguresHandler>();
        builder.Services.AddScoped<PersonalAdvisersHandler>();
        builder.Services.AddScoped<RecordPathwayPlanStepHandler>();
        builder.Services.AddScoped<RecordSupportChoicesHandler>();
        builder.Services.AddScoped<RecordInTouchHandler>();
        builder.Services.AddScoped<GetOc3ReportHandler>();
        builder.Services.AddScoped<InTouchFiguresHandler>();
        builder.Services.AddOptions<ContactWindowOptions>().BindConfiguration(ContactWindowOptions.Section)
            .Validate(o => o.MonthsBefore is >= 0 and <= ContactWindow.LongestMonths && o.MonthsAfter is >= 0 and <= ContactWindow.LongestMonths,
                $"{ContactWindowOptions.Section}: MonthsBefore and MonthsAfter must each be 0 to {ContactWindow.LongestMonths}.")
            .ValidateOnStart();
        builder.Services.AddScoped<ListAdvisersHandler>();
        builder.Services.AddScoped<ListWorklistHandler>();
        builder.Services.AddScoped<YoungPersonRecords>();
        builder.Services.AddScoped<StayingPutArrangementsHandler>();
        builder.Services.AddScoped<RecordStayingCloseAssessmentHandler>();
        builder.Services.AddOptions<StayingCloseOptions>().BindConfiguration(StayingCloseOptions.Section);
        builder.Services.AddOptions<StatusSweepOptions>().BindConfiguration(StatusSweepOptions.Section);
        builder.Services.AddPeriodicSweep<StatusSweep>(services => services.GetRequiredService<IOptions<StatusSweepOptions>>().Value.Interval);
        builder.Services.AddPeriodicSweep<PlanReviewSweep>(services => services.GetRequiredService<IOptions<StatusSweepOptions>>().Value.Interval);
        builder.Services.AddOptions<StatusAnnouncementOptions>().BindConfiguration(StatusAnnouncementOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.Quiet >= TimeSpan.Zero, $"{StatusAnnouncementOptions.Section}: Interval must be positive and Quiet not negative.")
            .ValidateOnStart();
        builder.Services.AddPeriodicSweep<StatusAnnouncements>(services => services.GetRequiredService<IOptions<StatusAnnouncementOptions>>().Value.Interval);
        builder.AddCareHistoryReadModel<LeavingCareDbContext, ApplyCareHistorySnapshotHandler>(ResourceNames.LeavingCare);
        return builder;
    }
}
