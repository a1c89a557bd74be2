using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace GovBudget.Rules.Tests.Architecture;

/// <summary>
/// The metadata tokens a method body's IL names (the operands of call, newobj, ldfld, castclass, ldtoken, …): what
/// reflection over types cannot see. Operand sizes come from the BCL's own opcode table.
/// </summary>
internal static class IlTokens
{
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => unchecked((ushort)o.Value), o => o.OperandType); // two-byte codes are negative shorts

    public static IEnumerable<EntityHandle> Of(MethodBodyBlock body)
    {
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            ushort code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (ushort)(0xFE00 | il.ReadByte());
            }

            if (!Operands.TryGetValue(code, out var operand))
            {
                throw new BadImageFormatException($"unknown IL opcode 0x{code:X} at offset {il.Offset}");
            }

            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return MetadataTokens.EntityHandle(il.ReadInt32());
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read first: "Offset += Read…" would add to the offset before the read
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += Size(operand);
                    break;
            }
        }
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4, // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
    };
}
