using CorporateParenting.Calendar;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Hosting;
using CorporateParenting.ServiceStore;
using Health.Api.Commands;
using Health.Api.Infrastructure;
using Health.Api.Options;
using Health.Api.Queries;
using Health.Api.ReadModel;
using Health.Api.Sweeps;
using Health.Domain;
using Microsoft.Extensions.Options;

namespace Health.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceStore<HealthDbContext>(ResourceNames.HealthDb, ResourceNames.Health, typeof(Extensions).Assembly);

        builder.Services.AddOptions<AssessmentDeadlineOptions>()
            .BindConfiguration(AssessmentDeadlineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        builder.Services.AddSingleton(services => new InitialHealthAssessment(
            services.GetRequiredService<WorkingDayCalendar>(),
            services.GetRequiredService<IOptions<AssessmentDeadlineOptions>>().Value.RequestToProviderWorkingDays));
        builder.Services.AddSingleton<CareAlreadyUnderway>();

        builder.Services.AddOptions<ChargeOptions>().BindConfiguration(ChargeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HealthSweepOptions>().BindConfiguration(HealthSweepOptions.Section);

        builder.Services.AddScoped<AssessmentPlanner>();
        builder.Services.AddScoped<AssessmentOutcomes>();
        builder.Services.AddScoped<AssessmentCancellation>();
        builder.Services.AddScoped<RecordAssessmentEventHandler>();
        builder.Services.AddScoped<RecordHealthCheckHandler>();
        builder.Services.AddScoped<SubmitSdqHandler>();
        builder.Services.AddScoped<GetHealthSummaryHandler>();
        builder.Services.AddScoped<ListWorklistHandler>();
        builder.Services.AddScoped<GetMeasuresHandler>();
        builder.Services.AddScoped<GetChargesHandler>();
        builder.Services.AddScoped<RecordOutcomeEventsHandler>();
        builder.Services.AddScoped<ListOutcomeEventsHandler>();
        builder.Services.AddScoped<GetOc2RowHandler>();
        builder.Services.AddScoped<StreamOc2Handler>();
        builder.Services.AddPeriodicSweep<HealthSweep>(services => services.GetRequiredService<IOptions<HealthSweepOptions>>().Value.Interval);
        builder.AddCareHistoryReadModel<HealthDbContext, ApplyCareHistorySnapshotHandler>(ResourceNames.Health);
        return builder;
    }
}
