using System.Runtime.InteropServices;

namespace CorporateParenting.Infrastructure;

/// <summary>kill(2), for the processes we start: one at a time, or a whole process group (negative pid).</summary>
internal static class PosixSignals
{
    public const int Kill = 9;
    public const int Term = 15;

    public static void Send(int pid, int signal) => _ = kill(pid, signal);

    public static void SendToGroup(int processGroup, int signal) => _ = kill(-processGroup, signal);

    /// <summary>Signal 0 delivers nothing: it only asks whether any process of the group is still there.</summary>
    public static bool GroupExists(int processGroup) => OperatingSystem.IsLinux() && kill(-processGroup, 0) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
