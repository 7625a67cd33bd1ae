#pragma once

namespace sl {

// How a ledger file is opened.
enum class OpenMode
{
    CreateIfMissing, // a missing file is created (empty, schema version 0)
    CreateOrEmpty,   // also an existing 0-byte file becomes a new ledger (init, File › New)
    MustExist,       // a missing or empty file is an error
    ReadOnly,        // must exist; nothing is written, not even the journal mode (check)
};

} // namespace sl
