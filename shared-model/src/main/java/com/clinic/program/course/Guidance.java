package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;

/**
 * H-15 one device's guidance: how it was given, whether the device is bound and its data reach the group, what
 * failed if not (Bluetooth, permissions, a faulty device), and the screenshots kept in the service record.
 */
public record Guidance(Device device, Method method, boolean bound, String problem, List<String> screenshotKeys,
                       StaffRef by, Instant at) {
    public Guidance {
        screenshotKeys = List.copyOf(screenshotKeys);
    }

    /** The two devices the customer receives with her goods. */
    public enum Device {
        SCALE("体脂秤"), WRISTBAND("手环");

        private final String label;

        Device(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the assistant coach guided: a demonstration in the group, or step by step on the phone. */
    public enum Method { GROUP, PHONE }
}
