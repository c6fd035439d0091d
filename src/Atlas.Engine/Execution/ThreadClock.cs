using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Atlas.Engine.Execution;

/// <summary>
/// CPU time of the calling thread, in Stopwatch ticks, so that a module's time is the work it
/// did rather than the time its threads waited for a core on a busy machine. Where the
/// operating system gives no per-thread clock, wall-clock ticks stand in.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    private static readonly bool HasThreadClock = OperatingSystem.IsLinux();

    public static long Now()
    {
        if (!HasThreadClock || ClockGetTime(ClockThreadCpuTime, out var time) != 0) return Stopwatch.GetTimestamp();
        return (time.Seconds * 1_000_000_000L + time.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000L;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
