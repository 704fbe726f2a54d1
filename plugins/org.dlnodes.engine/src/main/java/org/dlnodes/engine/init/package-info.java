/** Seeded weight and bias initializers (constant, normal, uniform, LeCun, Glorot, He). */
package org.dlnodes.engine.init;
