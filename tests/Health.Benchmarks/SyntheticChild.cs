extern alias HealthApi;

using HealthAssessment = HealthApi::Health.Api.Model.HealthAssessment;
using HealthChild = HealthApi::Health.Api.Model.HealthChild;
using SdqRecord = HealthApi::Health.Api.Model.SdqRecord;

namespace Health.Benchmarks;

/// <summary>One child as the Health service holds them: periods of care on the child, assessments with their events, SDQs.</summary>
public sealed record SyntheticChild(HealthChild Child, IReadOnlyList<HealthAssessment> Assessments, IReadOnlyList<SdqRecord> Sdqs);
