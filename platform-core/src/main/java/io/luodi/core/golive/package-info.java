/**
 * What the go-live gate asks the phase modules: each offers a {@link io.luodi.core.golive.ReadinessSource}.
 */
package io.luodi.core.golive;
