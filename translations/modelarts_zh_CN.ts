<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The server refused the connection. Check the endpoint and that the service is running.</source>
        <translation>服务器拒绝了连接。请检查终端节点以及服务是否在运行。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>服务器在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>The server name could not be resolved. Check the endpoint and your network.</source>
        <translation>无法解析服务器名称。请检查终端节点和网络。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established. The server certificate was not accepted.</source>
        <translation>无法建立安全（TLS）连接，服务器证书未被接受。</translation>
    </message>
    <message>
        <source>The network is temporarily unavailable.</source>
        <translation>网络暂时不可用。</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>无法使用代理服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol (it may have been cut off).</source>
        <translation>服务器的应答不符合 HTTP 协议（可能被截断）。</translation>
    </message>
    <message>
        <source>The request failed because of a network error.</source>
        <translation>由于网络错误，请求失败。</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation>服务认为请求无效并拒绝了它。</translation>
    </message>
    <message>
        <source>Authentication failed: the token or the access keys were not accepted.</source>
        <translation>认证失败：令牌或访问密钥未被接受。</translation>
    </message>
    <message>
        <source>Permission denied: the account may not perform this operation.</source>
        <translation>权限不足：该账号无权执行此操作。</translation>
    </message>
    <message>
        <source>The resource was not found.</source>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource.</source>
        <translation>请求与资源的当前状态冲突。</translation>
    </message>
    <message>
        <source>Too many requests: the service is throttling. Try again later.</source>
        <translation>请求过多，服务正在限流，请稍后重试。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1). Try again later.</source>
        <translation>服务内部错误（HTTP %1），请稍后重试。</translation>
    </message>
    <message>
        <source>The request failed with HTTP status %1.</source>
        <translation>请求失败，HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>服务器在 %1 秒内未应答。</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The service answered with data this version cannot read (%1).</source>
        <translation>服务返回了本版本无法读取的数据（%1）。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data (HTTP %1); a proxy or gateway may be in the way.</source>
        <translation>服务器返回了网页而不是 API 数据（HTTP %1），可能有代理或网关拦截。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>The account, user name or password is wrong.</source>
        <translation>账号名、用户名或密码错误。</translation>
    </message>
    <message>
        <source>The token is not scoped to a project; check the region name.</source>
        <translation>令牌未限定到项目，请检查区域名称。</translation>
    </message>
    <message>
        <source>The access key or secret key is empty.</source>
        <translation>访问密钥（AK）或私有访问密钥（SK）为空。</translation>
    </message>
    <message>
        <source>No single IAM project is named &quot;%1&quot; (found %2).</source>
        <translation>未找到唯一名为“%1”的 IAM 项目（找到 %2 个）。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Queuing</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>TrainingV1Status</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Creating image</source>
        <translation>镜像创建中</translation>
    </message>
    <message>
        <source>Image creation failed</source>
        <translation>镜像创建失败</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>提交失败</translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Queuing</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>扩缩容中</translation>
    </message>
    <message>
        <source>Model submission failed</source>
        <translation>模型提交失败</translation>
    </message>
    <message>
        <source>Service deployment failed</source>
        <translation>服务部署失败</translation>
    </message>
    <message>
        <source>Check initializing</source>
        <translation>检查初始化中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Check completed</source>
        <translation>检查完成</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>ma::models::TrainingJobListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Resource Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Nodes</source>
        <comment>compute nodes of a job</comment>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>job priority</comment>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (secondary status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>training job status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>training job status</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Queuing</source>
        <comment>training job status</comment>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>training job status</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>training job status</comment>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>training job status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopping</source>
        <comment>training job status</comment>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>training job status</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <comment>training job status</comment>
        <translation>异常</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <comment>training job status</comment>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Stop failed</source>
        <comment>training job status</comment>
        <translation>停止失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>training job status</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>training job status</comment>
        <translation>失联</translation>
    </message>
</context>
<context>
    <name>ma::widgets::ChartWidget</name>
    <message>
        <source>%1%</source>
        <comment>a value in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the latest data again (double-click the chart)</source>
        <translation>重新显示最新数据（双击图表）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>series name: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>axis label (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ma::widgets::LogViewer</name>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配（Enter、F3）</translation>
    </message>
    <message>
        <source>Aa</source>
        <comment>match case toggle</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Scroll to new lines as they arrive</source>
        <translation>有新日志时自动滚动到末尾</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Save the full log to a file</source>
        <translation>将完整日志保存到文件</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>download progress</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Downloading the log</source>
        <translation>正在下载日志</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>more matches than counted</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>current match / match count</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ma::widgets::StatusBadgeDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>status · secondary status</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ModelArts Desktop</source>
        <translation>ModelArts Desktop</translation>
    </message>
    <message>
        <source>ModelArts Desktop %1

The console pages are not built yet.</source>
        <translation>ModelArts Desktop %1

控制台页面尚未构建。</translation>
    </message>
</context>
</TS>
