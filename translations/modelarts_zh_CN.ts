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
    <name>CommandLine</name>
    <message>
        <source>Desktop console for Huawei Cloud ModelArts.</source>
        <translation>华为云 ModelArts 桌面控制台。</translation>
    </message>
    <message>
        <source>ModelArts endpoint, for example https://modelarts.cn-north-4.myhuaweicloud.com.</source>
        <translation>ModelArts 终端节点，例如 https://modelarts.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>IAM endpoint (default: the region&apos;s).</source>
        <translation>IAM 终端节点（默认：所在区域的终端节点）。</translation>
    </message>
    <message>
        <source>Region id, for example cn-north-4 (default: HUAWEICLOUD_SDK_REGION).</source>
        <translation>区域 ID，例如 cn-north-4（默认：HUAWEICLOUD_SDK_REGION）。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>Project id (default: HUAWEICLOUD_SDK_PROJECT_ID, else looked up).</source>
        <translation>项目 ID（默认：HUAWEICLOUD_SDK_PROJECT_ID，否则自动查询）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation>打开此连接配置。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http or https URL.</source>
        <translation>--%1：“%2”不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>--profile: the profile name is empty.</source>
        <translation>--profile：配置名称为空。</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>No region: give --region or set HUAWEICLOUD_SDK_REGION.</source>
        <translation>未指定区域：请使用 --region 或设置 HUAWEICLOUD_SDK_REGION。</translation>
    </message>
    <message>
        <source>--iam-endpoint, --region and --project-id need --endpoint, --profile or HUAWEICLOUD_SDK_AK/SK.</source>
        <translation>--iam-endpoint、--region 和 --project-id 需要与 --endpoint、--profile 或 HUAWEICLOUD_SDK_AK/SK 一起使用。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile name is empty.</source>
        <translation>配置名称为空。</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The profile name must not contain / or \.</source>
        <translation>配置名称不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters.</source>
        <translation>配置名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>Only Huawei Cloud profiles are saved; Local and Environment are built in.</source>
        <translation>只保存华为云配置；“本地”和“环境变量”为内置配置。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved.</source>
        <translation>名称“%1”为保留名称。</translation>
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
    <name>ma::desktop::ConnectionManager</name>
    <message>
        <source>Cannot open the profile &quot;%1&quot;: %2</source>
        <translation>无法打开配置“%1”：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the local backend did not start: %1</source>
        <translation>本地后端未能启动：%1</translation>
    </message>
    <message>
        <source>no region is set.</source>
        <translation>未设置区域。</translation>
    </message>
    <message>
        <source>the password is missing.</source>
        <translation>缺少密码。</translation>
    </message>
    <message>
        <source>the secret access key is missing.</source>
        <translation>缺少私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>the access key id is missing.</source>
        <translation>缺少访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment.</source>
        <translation>请在环境变量中设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK。</translation>
    </message>
    <message>
        <source>no region is set (use --region or HUAWEICLOUD_SDK_REGION).</source>
        <translation>未设置区域（请使用 --region 或 HUAWEICLOUD_SDK_REGION）。</translation>
    </message>
</context>
<context>
    <name>ma::desktop::SecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>系统密钥环在 %1 秒内未响应。</translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation>没有可用的密钥环服务</translation>
    </message>
    <message>
        <source>Secrets are kept in memory only and are forgotten when the app quits: the system keychain cannot be used (%1).</source>
        <translation>密钥仅保存在内存中，退出应用后即被清除：无法使用系统密钥环（%1）。</translation>
    </message>
</context>
<context>
    <name>ma::models::Connection</name>
    <message>
        <source>Local (modelarts-local)</source>
        <translation>本地（modelarts-local）</translation>
    </message>
    <message>
        <source>Huawei Cloud · %1</source>
        <translation>华为云 · %1</translation>
    </message>
    <message>
        <source>Environment · %1</source>
        <translation>环境变量 · %1</translation>
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
    <name>ma::ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考信息：%1</translation>
    </message>
</context>
<context>
    <name>ma::ui::MainWindow</name>
    <message>
        <source>ModelArts Desktop</source>
        <translation>ModelArts Desktop</translation>
    </message>
    <message>
        <source>Model Training</source>
        <translation>模型训练</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>后端：%1</translation>
    </message>
    <message>
        <source>No backend</source>
        <translation>无后端</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>解析中…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>connection state</comment>
        <translation>连接失败</translation>
    </message>
</context>
<context>
    <name>ma::ui::TrainingJobsPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the list of training jobs</source>
        <translation>重新加载训练作业列表</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected training jobs</source>
        <translation>停止所选训练作业</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected training jobs</source>
        <translation>删除所选训练作业</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the jobs shown as a CSV file</source>
        <translation>将显示的作业保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Show only jobs in this status</source>
        <translation>只显示此状态的作业</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Could not load the jobs</source>
        <translation>无法加载作业</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 个作业</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个作业</translation>
    </message>
    <message>
        <source>Not connected to a backend</source>
        <translation>未连接到后端</translation>
    </message>
    <message>
        <source>Loading training jobs…</source>
        <translation>正在加载训练作业…</translation>
    </message>
    <message>
        <source>The training jobs could not be loaded. Refresh to try again.</source>
        <translation>无法加载训练作业，请刷新重试。</translation>
    </message>
    <message>
        <source>No training jobs match the search or the status filter</source>
        <translation>没有符合搜索条件或状态筛选的训练作业</translation>
    </message>
    <message>
        <source>No training jobs yet</source>
        <translation>暂无训练作业</translation>
    </message>
    <message>
        <source>Stop the training job “%1”?</source>
        <translation>停止训练作业“%1”？</translation>
    </message>
    <message>
        <source>Delete the training job “%1”? This cannot be undone.</source>
        <translation>删除训练作业“%1”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Stop these %n training jobs?%1</source>
        <translation><numerusform>停止这 %n 个训练作业？%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n training jobs? This cannot be undone.%1</source>
        <translation><numerusform>删除这 %n 个训练作业？此操作无法撤销。%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stop the %n selected training jobs?</source>
        <translation><numerusform>停止所选的 %n 个训练作业？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected training jobs? This cannot be undone.</source>
        <translation><numerusform>删除所选的 %n 个训练作业？此操作无法撤销。</numerusform></translation>
    </message>
    <message>
        <source>Export Training Jobs</source>
        <translation>导出训练作业</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and is writable.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在且可写。</translation>
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
</TS>
