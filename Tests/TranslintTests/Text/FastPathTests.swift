import Testing
@testable import Translint

/// The byte-level fast paths must give exactly what the general code gives.
@Suite struct FastPathTests {
    /// Scalars the fast fold handles or must refuse, around every range it special-cases.
    static let probes: [Unicode.Scalar] = (Array(0x20..<0x80) + Array(0xA0..<0x250) + [0x2BC, 0x2BB, 0x2018, 0x2019, 0x201A, 0x2026, 0x1E9E, 0x130])
        .compactMap { Unicode.Scalar(UInt32($0)) }

    func fast(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { LexiconKey.foldCommonLatin($0) }
    }

    @Test func foldCommonLatinAgreesWithFoldOnEveryPairOfScalars() {
        for a in Self.probes {
            for b in [Unicode.Scalar("A"), "é", "É", "ß", "\u{2019}", "Œ", "x"] + [a] {
                var word = ""
                word.unicodeScalars.append(a)
                word.unicodeScalars.append(b)
                if let f = fast(word) { #expect(f == LexiconKey.foldByScalars(word), "\(word)") }
                #expect(LexiconKey.fold(word) == LexiconKey.foldByScalars(word), "\(word)")
            }
        }
    }

    /// Gazetteer names split into folded words at spaces, no-break spaces and hyphens; an
    /// apostrophe ends its word as an ASCII "'".
    @Test func gazetteerNamesSplitIntoFoldedWords() {
        #expect(Gazetteer.words(of: "États-Unis") == ["états", "unis"])
        #expect(Gazetteer.words(of: "Côte d’Ivoire") == ["côte", "d'", "ivoire"])
        #expect(Gazetteer.words(of: "  Nueva\u{A0}York ") == ["nueva", "york"])
        #expect(Gazetteer.words(of: "’") == ["'"])
        #expect(Gazetteer.words(of: "İzmir Straße") == [LexiconKey.foldByScalars("İzmir"), "strasse"])
        #expect(Gazetteer.words(of: "") == [])
    }

    @Test func foldCommonLatinCoversTheCommonLetters() {
        for word in ["ÉTATS", "Œuvre", "straße", "aujourd’hui", "ÀÉÎÕÜÇÑ", "×ÿ"] {
            #expect(fast(word) == LexiconKey.foldByScalars(word))
        }
        #expect(fast("İstanbul") == nil)
        #expect(fast("Ÿ") == nil)
    }

    @Test func documentKeyIsTheFoldOfEveryWord() {
        let text = "L’ÉTAT Œuvre Straße naïve İstanbul ÆSIR Ǆ café-CRÈME µ Ÿvon qu\u{2019}il ΣΟΦΊΑ e\u{301}té"
        let d = Document(text: text, language: .fr)
        for t in d.words { #expect(d.key(t) == LexiconKey.fold(d.string(t))) }
    }
}

@Suite struct ByteKeyTableTests {
    @Test func agreesWithDictionaryLookups() {
        let keys = ["été", "etat", "états-unis", "l'", "œuvre", "naïve", "ÿ", "straße"]
        let dictionary = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
        let table = ByteKeyTable(dictionary.map { (key: $0.key, value: $0.value) })
        for probe in keys + ["ete", "états", "", "x", "e\u{301}té", "Été", "истина"] {
            switch table.lookup(probe) {
            case .found(let v): #expect(dictionary[probe] == v, "\(probe)")
            case .absent: #expect(dictionary[probe] == nil, "\(probe)")
            case .unknown: #expect(!ByteKeyTable.isSimple(probe.utf8), "\(probe)")
            }
        }
    }

    @Test func decomposedKeysMakeEveryLookupUnknown() {
        let table = ByteKeyTable([(key: "e\u{301}te", value: 1)])
        #expect(table.lookup("éte") == .unknown)
        #expect(table.lookup("ete") == .unknown)
    }
}

/// The tokenizer's shortcuts (class table, a–z loop, eight-byte ASCII decoding, ASCII elision
/// keys) must give what the per-scalar questions give.
@Suite struct TokenizerFastPathTests {
    @Test func classTableAgreesWithEveryQuestion() {
        for v in Array(UInt32(0)..<0x2300) + [0xFFFC, 0xFFFD, 0xFFFE, 0x1F600] {
            guard let s = Unicode.Scalar(v), let k = CharacterClass.classIndex(v) else { continue }
            #expect(CharacterClass.classTable[k] == CharacterClass.classes(of: s), "U+\(String(v, radix: 16))")
        }
        #expect(CharacterClass.classIndex(0xFFFD) != nil)
        #expect(CharacterClass.classIndex(0x2200) == nil)
        #expect(CharacterClass.classIndex(0xFFFC) == nil)
        #expect(CharacterClass.classIndex(0x1FFF) == nil)
    }

    @Test func eightByteDecodingMatchesTheScalarView() {
        let pieces = ["a", "abcdefg", "abcdefgh", "é", "’", "🇫🇷", "\r\n", "\u{0}", "e\u{301}", "ש", "123456789"]
        var text = ""
        for i in 0..<200 {
            text += pieces[(i * 7 + i / 3) % pieces.count]
            #expect(Document.decodeScalars(Array(text.utf8)) == Array(text.unicodeScalars), "\(text.utf8.count)")
        }
    }

    @Test func wordShapesAndOffsetsAcrossTheFastPaths() {
        let tokenizer = Tokenizer(elisions: ["l", "qu", "dell"])
        let text = "QU’IL L'été DELL’arte quel’ Ŀ’x naïve—café\u{202F}: iPhone Jong-Un x’y"
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let words = tokens.filter { $0.kind == .word }.map { String(String.UnicodeScalarView(scalars[$0.range])) }
        #expect(words == ["QU’", "IL", "L'", "été", "DELL’", "arte", "quel", "Ŀ’x", "naïve", "café", "iPhone", "Jong-Un", "x’y"])
        #expect(tokens.filter(\.isElision).count == 3)
        #expect(tokens.first { $0.kind == .word && scalars[$0.range.lowerBound] == "i" }?.shape == .mixed)
        #expect(tokens.first { $0.hasHyphen }?.shape == .capitalized)
        #expect(tokens.last?.utf8.upperBound == text.utf8.count)
        #expect(tokens.last?.range.upperBound == scalars.count)
        #expect(tokens.first { $0.kind == .space && !$0.isASCII && $0.range.count == 1 && scalars[$0.range.lowerBound] == "\u{202F}" } != nil)
    }
}

@Suite struct IsSimpleTests {
    /// The definition `ByteKeyTable.isSimple` implements: every scalar below U+0300, or general
    /// punctuation U+2002…U+206F, or a currency sign U+20A0…U+20BF.
    static func reference(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x206F).contains($0.value) || (0x20A0...0x20BF).contains($0.value) }
    }

    /// ASCII runs of every length around the eight-byte skip, with a deciding scalar at each
    /// position: the skip must never jump over it.
    @Test func eightByteSkipAgreesWithTheDefinitionAtEveryAlignment() {
        let deciders: [String] = ["é", "\u{301}", "\u{2019}", "\u{2000}", "\u{2001}", "\u{2070}", "\u{20AC}", "\u{20C0}", "€", "ж", "👩‍🔬", "\u{2FF}", "\u{300}"]
        for length in 0..<20 {
            for position in 0...length {
                for d in deciders {
                    var s = String(repeating: "a", count: length)
                    s.insert(contentsOf: d, at: s.index(s.startIndex, offsetBy: position))
                    let bytes = Array(s.utf8)
                    let fast = bytes.withUnsafeBufferPointer { ByteKeyTable.isSimple($0) }
                    #expect(fast == Self.reference(s), "\(s.debugDescription)")
                    #expect(ByteKeyTable.isSimple(s.utf8) == fast)
                    #expect(ByteKeyTable.isSimple(bytes[...]) == fast)
                }
            }
        }
    }

    @Test func fnvOfABufferEqualsFNVOfTheSameBytesInAnyCollection() {
        for s in ["", "a", "états-unis", String(repeating: "xyz€", count: 40)] {
            let bytes = Array(s.utf8)
            let h = bytes.withUnsafeBufferPointer { FNV1a.hash($0) }
            #expect(FNV1a.hash(s.utf8) == h)
            #expect(FNV1a.hash(bytes[...]) == h)
            var expected: UInt64 = 0xcbf29ce484222325
            for b in bytes { expected = (expected ^ UInt64(b)) &* 0x100000001b3 }
            #expect(h == expected)
        }
    }
}

@Suite struct LoanPhraseTests {
    @Test func byteSearchAgreesWithStringContains() {
        let phrases = ["per se", "the per se rule", "de facto", "la de facto", "de factos", "per s\u{E9}", "per se\u{301}",
                       "last but not least", "bona", "", "a", "modus operandi est", "ad hoc\u{301}", "status  quo", "in vivo"]
        for p in phrases {
            let expected = UntranslatedFragmentRule.loanPhrases.contains { p.contains($0) }
            #expect(UntranslatedFragmentRule.containsLoanPhrase(p) == expected, "\(p.debugDescription)")
        }
        #expect(UntranslatedFragmentRule.containsLoanPhrase("il a dit de facto que"))
        #expect(!UntranslatedFragmentRule.containsLoanPhrase("de la casa"))
    }
}
