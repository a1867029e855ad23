using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Hosting;
using CorporateParenting.ServiceStore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Alerts;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Feed;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;
using VirtualSchool.Api.ReadModel;
using VirtualSchool.Api.Sweeps;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb, ResourceNames.VirtualSchool, typeof(Extensions).Assembly);

        builder.Services.AddScoped<GetAttendanceSummaryHandler>();
        builder.Services.AddScoped<GetPupilAttendanceHandler>();
        builder.Services.AddScoped<GetCohortMeasuresHandler>();
        builder.Services.AddScoped<ListWorklistHandler>();
        builder.Services.AddScoped<ResolveAlertHandler>();
        builder.Services.AddPeriodicSweep<MissingMarksSweep>(services => services.GetRequiredService<IOptions<AlertOptions>>().Value.SweepInterval);
        builder.Services.AddOptions<AuthorityOptions>().BindConfiguration(AuthorityOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddScoped<RecordSchoolHandler>();
        builder.Services.AddScoped<UpdateSchoolHandler>();
        builder.Services.AddScoped<ListSchoolsHandler>();
        builder.Services.AddScoped<RecordEnrolmentHandler>();
        builder.Services.AddScoped<CorrectEnrolmentHandler>();
        builder.Services.AddScoped<ListPupilsHandler>();
        builder.Services.AddScoped<GetPupilHandler>();
        builder.AddCareHistoryReadModel<VirtualSchoolDbContext, ApplyCareHistorySnapshotHandler>(ResourceNames.VirtualSchool);
        builder.AddAttendanceRules();
        builder.Services.AddScoped<GetFeedStatusHandler>();
        builder.Services.AddScoped<ListFeedRejectionsHandler>();
        builder.Services.AddScoped<RecordExclusionHandler>();

        // Pupil Premium Plus (docs/virtual-school.md §10.8).
        builder.Services.AddOptions<PupilPremiumPlusOptions>().BindConfiguration(PupilPremiumPlusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PupilPremiumPlusBook>();
        builder.Services.AddScoped<OpenPupilPremiumPlusYearHandler>();
        builder.Services.AddScoped<AllocatePupilPremiumPlusHandler>();
        builder.Services.AddScoped<PayPupilPremiumPlusHandler>();
        builder.Services.AddScoped<ClawBackPupilPremiumPlusHandler>();
        builder.Services.AddScoped<SetPupilPremiumPlusBudgetHandler>();
        builder.Services.AddScoped<SpendRetainedPupilPremiumPlusHandler>();
        builder.Services.AddScoped<ClosePupilPremiumPlusYearHandler>();
        builder.Services.AddScoped<GetPupilPremiumPlusHandler>();
        return builder;
    }

    /// <summary>
    /// The term calendar, the code table and the attendance import with what it calls (exclusions, the
    /// <see cref="IMarksChangedHandler"/>s): what the web service and the <c>attendance import</c> command share.
    /// </summary>
    public static IHostApplicationBuilder AddAttendanceRules(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchoolTermsOptions>().BindConfiguration(SchoolTermsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AttendanceFeedOptions>().BindConfiguration(AttendanceFeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SchoolTermsOptions>>().Value.ToCalendar());
        builder.Services.AddOptions<AttendanceCodeOptions>().BindConfiguration(AttendanceCodeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(services => services.GetRequiredService<IOptions<AttendanceCodeOptions>>().Value.ToTable());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ExclusionRecorder>();
        builder.Services.AddScoped<FeedExclusions>();
        builder.Services.AddScoped<AttendanceImport>();

        // What the Virtual School sees (docs/virtual-school.md §7): the measures, and the alerts every import raises.
        builder.Services.AddOptions<MeasureOptions>().BindConfiguration(MeasureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<MeasurePeriods>();
        builder.Services.AddSingleton<AttendanceMeasures>();
        builder.Services.AddSingleton<AlertWriter>();
        builder.Services.AddScoped<IMarksChangedHandler, AttendanceAlerts>();
        return builder;
    }
}
