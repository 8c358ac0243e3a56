using System.Runtime.InteropServices;
using Landau.Site.Diagnostics;

namespace Landau.Site.Loading;

/// <summary>
/// Whether a directory entry is a regular file. .NET reports a named pipe, a socket or a device as
/// a plain file, and reading a pipe blocks forever (a build that never ends) while reading
/// <c>/dev/zero</c> never stops. On Linux this asks the kernel (<c>statx</c>, whose layout is the
/// same on every architecture); elsewhere it trusts .NET.
/// </summary>
internal static class SpecialFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>What the entry is, in words for the editor, when it is neither a regular file nor a folder; otherwise null.</summary>
    public static Text? Describe(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return null; // unreadable: reading it reports why
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & TypeMask) switch
        {
            RegularFile or 0x4000 => null,
            0x1000 => new Text("LS2019.Fifo"),
            0xC000 => new Text("LS2019.Socket"),
            0x2000 => new Text("LS2019.CharacterDevice"),
            0x6000 => new Text("LS2019.BlockDevice"),
            _ => new Text("LS2019.Other"),
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
