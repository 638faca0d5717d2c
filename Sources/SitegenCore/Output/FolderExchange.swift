import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Swaps two folders in one step, so that neither name is ever missing.
///
/// Linux has `renameat2(RENAME_EXCHANGE)` since 3.15, but Glibc's Swift overlay does not
/// declare it; the function is looked up in the C library once, by name.
enum FolderExchange {
    /// Exchanges the folders at `first` and `second`; `false` when the file system or the
    /// kernel cannot (the caller then falls back to two renames).
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if os(Linux)
            guard let renameat2 = Self.renameat2 else { return false }
            let renameExchange: UInt32 = 1 << 1
            return first.withUnsafeFileSystemRepresentation { from in
                second.withUnsafeFileSystemRepresentation { to in
                    guard let from, let to else { return false }
                    return renameat2(AT_FDCWD, from, AT_FDCWD, to, renameExchange) == 0
                }
            }
        #else
            return false
        #endif
    }

    #if os(Linux)
        private typealias RenameAt2 =
            @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32)
            -> Int32

        private static let renameat2: RenameAt2? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        }()
    #endif
}
