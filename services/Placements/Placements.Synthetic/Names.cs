namespace Placements.Synthetic;

internal static class Names
{
    public static readonly string[] Boys =
    [
        "Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie", "Oscar", "Jacob", "Henry",
        "Thomas", "Freddie", "Alfie", "Theo", "William", "Theodore", "Archie", "Joshua", "Alexander", "James", "Isaac", "Edward",
    ];

    public static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia",
        "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia", "Evie",
    ];

    public static readonly string[] Families =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards",
        "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker",
        "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips",
    ];

    /// <summary>The social worker with pool number <paramref name="worker"/>: the same id always has the same name.</summary>
    public static (string Id, string Name) SocialWorker(int worker)
    {
        var given = (worker % 2 == 0 ? Girls : Boys)[worker / 2 % Girls.Length];
        var family = Families[worker * 7 % Families.Length];
        return ($"SW{worker:D6}", $"{given} {family}");
    }
}
