/// A page cut into its title, its `##` sections and, inside those, the
/// `###` blocks that declare models.
struct PageOutline {
    struct Subsection {
        var name: String
        var line: Int
        var blocks: [MarkdownBlock]
    }

    struct SectionContent {
        var section: Section
        var headingLine: Int
        /// Blocks before the first `###` heading.
        var blocks: [MarkdownBlock] = []
        /// `###` headings and the blocks under each.
        var subsections: [Subsection] = []
    }

    var title: (text: String, line: Int)?
    /// Known sections in page order, each once.
    private(set) var sections: [SectionContent] = []
    /// `##` headings that name no known section.
    private(set) var unknownHeadings: [(text: String, line: Int)] = []
    /// Sections that appear more than once, by the line of the repeat.
    private(set) var repeatedSections: [(section: Section, line: Int)] = []

    init(blocks: [MarkdownBlock]) {
        var current: Int?
        for block in blocks {
            guard case .heading(let level, let text) = block.kind else {
                guard let index = current else { continue }
                if sections[index].subsections.isEmpty {
                    sections[index].blocks.append(block)
                } else {
                    sections[index].subsections[sections[index].subsections.count - 1].blocks.append(block)
                }
                continue
            }
            switch level {
            case 1:
                if title == nil { title = (text, block.startLine) }
            case 2:
                current = nil
                if let section = SectionClassifier.section(forHeading: text) {
                    if self[section] == nil {
                        sections.append(SectionContent(section: section, headingLine: block.startLine))
                        current = sections.count - 1
                    } else {
                        repeatedSections.append((section, block.startLine))
                    }
                } else {
                    unknownHeadings.append((text, block.startLine))
                }
            default:
                if let index = current {
                    sections[index].subsections.append(Subsection(name: text, line: block.startLine, blocks: []))
                }
            }
        }
    }

    subscript(section: Section) -> SectionContent? {
        sections.first { $0.section == section }
    }

    /// An API page names its method or its address.
    var isAPIPage: Bool { self[.requestMethod] != nil || self[.requestAddress] != nil }
}
