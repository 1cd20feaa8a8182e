import Ccmark

/// A Markdown text parsed by libcmark. This type is the only code that
/// touches cmark's pointers; everything else sees Swift values.
final class CmarkDocument {
    private let root: OpaquePointer

    init(_ markdown: String) {
        var text = markdown
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// The document's top-level blocks with their source lines. Tables are
    /// paragraphs to cmark (it has no table extension); headings carry their
    /// text already rendered as plain text.
    func topLevelBlocks() -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var node = cmark_node_first_child(root)
        while let current = node {
            let start = Int(cmark_node_get_start_line(current))
            let end = max(start, Int(cmark_node_get_end_line(current)))
            let kind: MarkdownBlock.Kind
            switch cmark_node_get_type(current) {
            case CMARK_NODE_HEADING:
                let text = InlineRenderer(mode: .plain).render(events(under: current))
                kind = .heading(level: Int(cmark_node_get_heading_level(current)), text: text)
            case CMARK_NODE_PARAGRAPH: kind = .paragraph
            case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(literal(of: current))
            case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(literal(of: current))
            default: kind = .other
            }
            blocks.append(MarkdownBlock(kind: kind, startLine: start, endLine: end))
            node = cmark_node_next(current)
        }
        return blocks
    }

    /// The whole document as a flat event stream, for rendering.
    func events() -> [MarkdownEvent] { events(under: root) }

    /// Walks a subtree with cmark's iterator: no recursion, so arbitrarily
    /// deep nesting cannot overflow the stack.
    private func events(under node: OpaquePointer) -> [MarkdownEvent] {
        var result: [MarkdownEvent] = []
        guard let iterator = cmark_iter_new(node) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator), current != node else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT: result.append(.text(literal(of: current)))
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.hardBreak)
            case CMARK_NODE_CODE: result.append(.code(literal(of: current)))
            case CMARK_NODE_HTML_INLINE: result.append(.inlineHTML(literal(of: current)))
            case CMARK_NODE_HTML_BLOCK: result.append(.blockHTML(literal(of: current)))
            case CMARK_NODE_CODE_BLOCK: result.append(.codeBlock(literal(of: current)))
            case CMARK_NODE_THEMATIC_BREAK: result.append(.paragraphBreak)
            case CMARK_NODE_EMPH: result.append(entering ? .emphasisStart : .emphasisEnd)
            case CMARK_NODE_STRONG: result.append(entering ? .strongStart : .strongEnd)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                result.append(entering ? .linkStart(url: string(cmark_node_get_url(current))) : .linkEnd)
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if !entering { result.append(.paragraphBreak) }
            case CMARK_NODE_ITEM:
                if entering {
                    let list = cmark_node_parent(current)
                    let ordered = list.map { cmark_node_get_list_type($0) == CMARK_ORDERED_LIST } ?? false
                    result.append(.listItem(ordered: ordered))
                }
            case CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE:
                if !entering { result.append(.paragraphBreak) }
            default: break
            }
        }
        return result
    }

    private func literal(of node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// A top-level block of a page.
struct MarkdownBlock: Equatable {
    enum Kind: Equatable {
        case heading(level: Int, text: String)
        case paragraph
        case codeBlock(String)
        case htmlBlock(String)
        case other
    }

    var kind: Kind
    /// 1-based source lines, inclusive.
    var startLine: Int
    var endLine: Int
}

/// One step of a walk over parsed Markdown.
enum MarkdownEvent: Equatable {
    case text(String)
    case code(String)
    case inlineHTML(String)
    case blockHTML(String)
    case codeBlock(String)
    case softBreak, hardBreak, paragraphBreak
    case emphasisStart, emphasisEnd, strongStart, strongEnd
    case linkStart(url: String), linkEnd
    case listItem(ordered: Bool)
}
