/** Export helpers shared by every phase: spreadsheets and Word documents written the same safe way everywhere. */
package io.luodi.core.export;
