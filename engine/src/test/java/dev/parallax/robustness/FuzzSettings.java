package dev.parallax.robustness;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a longer run be asked for from the command line without touching the code: each property's tries
 * (as annotated, sized for CI) are multiplied by the system property {@code parallax.fuzz.scale}, and
 * {@code parallax.fuzz.seed} replaces the fixed seed ("random" for a new one each run). See
 * docs/robustness.md.
 */
public final class FuzzSettings implements AroundPropertyHook {
    /** Registered on a class, it applies to the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.DIRECT_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        double scale = Double.parseDouble(System.getProperty("parallax.fuzz.scale", "1"));
        context.attributes().tries().ifPresent(t -> context.attributes().setTries((int) Math.max(1, Math.round(t * scale))));
        String seed = System.getProperty("parallax.fuzz.seed");
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed.equals("random") ? "" : seed);
        }
        return property.execute();
    }
}
