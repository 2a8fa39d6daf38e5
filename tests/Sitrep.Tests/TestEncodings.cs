using System.Text;

namespace Sitrep.Tests;

/// <summary>Encodings tests write fixtures in; code pages need their provider registered first, whatever runs before.</summary>
public static class TestEncodings
{
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
