package com.clinic.platform.functions;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The Lambda runtime's invocation context, as a test hands it to a handler. */
final class LambdaContexts {
    private LambdaContexts() {
    }

    static Context of(String requestId, String functionName) {
        return new Context() {
            public String getAwsRequestId() {
                return requestId;
            }

            public String getLogGroupName() {
                return "/aws/lambda/clinic";
            }

            public String getLogStreamName() {
                return "2026/12/06/[1]test";
            }

            public String getFunctionName() {
                return functionName;
            }

            public String getFunctionVersion() {
                return "1";
            }

            public String getInvokedFunctionArn() {
                return "arn:aws-cn:lambda:cn-north-1:123456789012:function:" + functionName + ":live";
            }

            public CognitoIdentity getIdentity() {
                return null;
            }

            public ClientContext getClientContext() {
                return null;
            }

            public int getRemainingTimeInMillis() {
                return 20_000;
            }

            public int getMemoryLimitInMB() {
                return 1024;
            }

            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    public void log(String message) {
                    }

                    public void log(byte[] message) {
                    }
                };
            }
        };
    }
}
