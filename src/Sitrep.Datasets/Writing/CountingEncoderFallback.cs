using System;
using System.Text;

namespace Sitrep.Datasets.Writing;

/// <summary>
/// An encoder fallback that writes a replacement for a character the output encoding cannot hold (Arabic in
/// Windows-1252, a lone surrogate in UTF-8) and counts each one, so the loss is reported rather than silent.
/// </summary>
internal sealed class CountingEncoderFallback : EncoderFallback
{
    private string replacement = "\uFFFD";

    public override int MaxCharCount => 1;

    /// <summary>Gets how many characters were replaced.</summary>
    internal long Count { get; private set; }

    /// <summary>Gets the first character replaced, as a code point (a lone surrogate as itself).</summary>
    internal int First { get; private set; }

    /// <summary>Gets what is written instead: <c>?</c> for Windows-1252, U+FFFD otherwise.</summary>
    internal string Replacement => replacement;

    /// <summary>Sets the replacement for an encoding, and returns this fallback.</summary>
    internal CountingEncoderFallback For(string encodingName)
    {
        replacement = encodingName == "Windows-1252" ? "?" : "\uFFFD";
        return this;
    }

    public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private void Note(int codePoint)
    {
        if (Count == 0)
        {
            First = codePoint;
        }

        Count++;
    }

    private sealed class Buffer(CountingEncoderFallback owner) : EncoderFallbackBuffer
    {
        private int remaining;

        public override int Remaining => remaining;

        public override bool Fallback(char charUnknown, int index)
        {
            owner.Note(charUnknown);
            remaining = 1;
            return true;
        }

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
        {
            owner.Note(char.ConvertToUtf32(charUnknownHigh, charUnknownLow));
            remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (remaining == 0)
            {
                return '\0';
            }

            remaining--;
            return owner.replacement[0];
        }

        public override bool MovePrevious()
        {
            if (remaining == 1)
            {
                return false;
            }

            remaining++;
            return true;
        }

        public override void Reset() => remaining = 0;
    }
}
