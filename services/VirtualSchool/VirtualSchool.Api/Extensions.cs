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
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<VirtualSchoolDbContext>(ResourceNames.VirtualSchoolDb, ResourceNames.VirtualSchool, typeof(Extensions).Assembly);

        builder.Services.AddScoped<GetAttendanceSummaryHandler>();
        builder.Services.AddScoped<GetPupilAttendanceHandler>();
        builder.Services.AddScoped<GetCohortMeasuresHandler>();
        builder.Services.AddScoped<GetBoardMeasuresHandler>();
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
        builder.Services.AddPeriodicSweep<PupilPremiumPlusSweep>(services => services.GetRequiredService<IOptions<PupilPremiumPlusOptions>>().Value.SweepInterval);
        builder.AddPepRules();
        return builder;
    }

    /// <summary>
    /// PEPs (docs/virtual-school.md §9.9): the options, checked when the service starts (the review deadlines against the
    /// term dates, the quality checklist), the register events and terms use, the workflow's handlers and the sweep.
    /// </summary>
    public static IHostApplicationBuilder AddPepRules(this IHostApplicationBuilder builder)
    {
        // A bad setting stops the service starting, naming it, rather than failing each event that needs it.
        builder.Services.AddOptions<PepDeadlineOptions>().BindConfiguration(PepDeadlineOptions.Section)
            .Validate(o => o.ChangeOfSchoolWorkingDays is >= 1 and <= PepDeadlines.LongestChangeOfSchoolWorkingDays,
                $"{PepDeadlineOptions.Section}:ChangeOfSchoolWorkingDays must be 1 to {PepDeadlines.LongestChangeOfSchoolWorkingDays}.")
            .Validate(o => o.DueSoonWorkingDays is >= 1 and <= PepDeadlines.LongestDueSoonWorkingDays,
                $"{PepDeadlineOptions.Section}:DueSoonWorkingDays must be 1 to {PepDeadlines.LongestDueSoonWorkingDays}.")
            .Validate<SchoolTermCalendar>((o, calendar) => new TermlyReviewDeadlines(calendar, o.TermlyReviews) is not null,
                $"{PepDeadlineOptions.Section}:TermlyReviews do not fit the term dates.")
            .ValidateOnStart();
        builder.Services.AddOptions<PepScopeOptions>().BindConfiguration(PepScopeOptions.Section)
            .Validate(o => o.StartAge is >= 0 and <= PepScope.LatestStartAge && Enum.IsDefined(o.Alignment),
                $"{PepScopeOptions.Section}: StartAge must be 0 to {PepScope.LatestStartAge} and Alignment Birthday, FundingTerm or SchoolYear.")
            .ValidateOnStart();
        builder.Services.AddOptions<PepTimelinessOptions>().BindConfiguration(PepTimelinessOptions.Section)
            .Validate(o => o.TargetPercent is >= 0 and <= 100, $"{PepTimelinessOptions.Section}:TargetPercent must be 0 to 100.")
            .ValidateOnStart();
        builder.Services.AddOptions<PepQualityOptions>().BindConfiguration(PepQualityOptions.Section)
            .Validate(options => { PepQualityAssurance.CheckOptions(options); return true; }).ValidateOnStart();
        builder.Services.AddSingleton(services => new TermlyReviewDeadlines(
            services.GetRequiredService<SchoolTermCalendar>(), services.GetRequiredService<IOptions<PepDeadlineOptions>>().Value.TermlyReviews));
        builder.Services.AddSingleton<PepRegister>();
        builder.Services.AddScoped<ListPepsHandler>();
        builder.Services.AddScoped<GetPepHandler>();
        builder.Services.AddScoped<EditPepHandler>();
        builder.Services.AddScoped<PepAttendanceSection>();
        builder.Services.AddScoped<SubmitPepHandler>();
        builder.Services.AddScoped<ReturnPepHandler>();
        builder.Services.AddScoped<CompletePepHandler>();
        builder.Services.AddScoped<AssessPepHandler>();
        builder.Services.AddScoped<GetPepTimelinessHandler>();
        builder.Services.AddOptions<PepSweepOptions>().BindConfiguration(PepSweepOptions.Section);
        builder.Services.AddPeriodicSweep<PepSweep>(services => services.GetRequiredService<IOptions<PepSweepOptions>>().Value.SweepInterval);
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
