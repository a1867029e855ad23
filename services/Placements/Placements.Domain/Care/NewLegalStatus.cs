namespace Placements.Domain;

public sealed record NewLegalStatus(DateOnly Date, Episode Ended, Episode Started);
