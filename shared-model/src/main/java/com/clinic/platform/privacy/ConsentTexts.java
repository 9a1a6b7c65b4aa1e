package com.clinic.platform.privacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consent texts the customer is shown, by version: a consent records the version she agreed to, so what she
 * agreed to can be shown later word for word. A new wording is a new version added here; old ones stay.
 */
public final class ConsentTexts {
    /** One version of the texts: a text per purpose. */
    public record Version(String version, Map<Purpose, String> texts) {
    }

    public static final List<Version> VERSIONS = List.of(new Version("2026-12", Map.of(
            Purpose.SERVICE, "本院为预约、接送、到店接待、诊疗和收费处理您的姓名、手机号、性别、年龄和预约信息，"
                    + "保存期限见《个人信息保护说明》；您可随时查询、复制、更正或要求删除。",
            Purpose.SENSITIVE, "本院单独征得您的同意，处理您的健康档案、设备数据、照片、视频和检查结果等敏感个人信息，"
                    + "仅用于诊疗和健康管理，仅经授权的医护与服务人员可见，每次查看均有记录。您可随时撤回同意。",
            Purpose.MARKETING, "本院保存您的来源渠道，并可向您推送优惠与回访。您可随时撤回，撤回不影响诊疗服务。")));

    private ConsentTexts() {
    }

    public static Version current() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    public static Optional<Version> of(String version) {
        return VERSIONS.stream().filter(v -> v.version().equals(version)).findFirst();
    }
}
