/** Export helpers shared by every phase: spreadsheets written the same safe way everywhere. */
package io.luodi.core.export;
