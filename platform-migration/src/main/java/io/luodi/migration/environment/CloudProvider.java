package io.luodi.migration.environment;

public enum CloudProvider {
    AWS, AZURE, ALIYUN, TENCENT, HUAWEI, OTHER
}
