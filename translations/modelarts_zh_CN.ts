<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionOutcome</name>
    <message>
        <source>Canceled: nothing was sent.</source>
        <translation>已取消：未发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded, then canceled.</source>
        <translation>
            <numerusform>%n 个成功，随后已取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded.</source>
        <translation>
            <numerusform>%n 个成功。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <comment>3 succeeded, 1 failed:</comment>
        <translation>%1，%2：</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>1 failed:</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>target: error</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error (code and request id)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AlgorithmPickerDialog</name>
    <message>
        <source>Select Algorithm</source>
        <translation>选择算法</translation>
    </message>
    <message>
        <source>Your algorithms in Algorithm Management. The job takes the algorithm&apos;s code, boot file or command and image; its inputs, outputs and hyperparameters fill the form.</source>
        <translation>算法管理中的您的算法。作业使用算法的代码、启动文件或启动命令以及镜像；算法的输入、输出和超参会填入表单。</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
</context>
<context>
    <name>Algorithms</name>
    <message>
        <source>algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>algorithms</source>
        <translation>算法</translation>
    </message>
</context>
<context>
    <name>ApiCallExport</name>
    <message>
        <source>This profile signs requests with AK/SK, which curl cannot do: set TOKEN to an IAM token.</source>
        <translation>此配置使用 AK/SK 签名请求，curl 无法签名：请将 TOKEN 设为 IAM Token。</translation>
    </message>
    <message>
        <source>Set TOKEN to an IAM token (the X-Subject-Token header of the IAM token request).</source>
        <translation>请将 TOKEN 设为 IAM Token（IAM 获取 Token 请求返回的 X-Subject-Token 头）。</translation>
    </message>
    <message>
        <source>For example, with the IAM user&apos;s password in IAM_USER, IAM_PASSWORD and IAM_DOMAIN:</source>
        <translation>例如，将 IAM 用户的密码信息放在 IAM_USER、IAM_PASSWORD 和 IAM_DOMAIN 中：</translation>
    </message>
    <message>
        <source>The SDK signs with the AK/SK in HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>SDK 使用 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK 中的 AK/SK 签名。</translation>
    </message>
    <message>
        <source>No ModelArts SDK call for this request: the same request with python requests.</source>
        <translation>ModelArts SDK 没有对应此请求的调用：以下用 python requests 发送相同的请求。</translation>
    </message>
</context>
<context>
    <name>ApiCallMenu</name>
    <message>
        <source>Copy as API Call</source>
        <translation>复制为 API 调用</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>ma-cli</source>
        <translation>ma-cli</translation>
    </message>
    <message>
        <source>Copied the request as %1 (no credentials included)</source>
        <translation>已将请求复制为 %1（不含凭据）</translation>
    </message>
    <message>
        <source>ma-cli has no command for this request</source>
        <translation>ma-cli 没有对应此请求的命令</translation>
    </message>
    <message>
        <source>%1; as it stands the service would reject it: %2</source>
        <translation>%1；按当前内容，服务会拒绝此请求：%2</translation>
    </message>
    <message>
        <source>Copy the create request this form would send now as curl, Python or ma-cli</source>
        <translation>将此表单当前会发送的创建请求复制为 curl、Python 或 ma-cli 命令</translation>
    </message>
</context>
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
    <name>ChangeImageDialog</name>
    <message>
        <source>Change Image</source>
        <translation>更换镜像</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The image can be changed only while the notebook is stopped. Pick an image for the same processor type (CPU or GPU) as the flavor.</source>
        <translation>仅在 Notebook 停止时可以更换镜像。请选择与规格处理器类型（CPU 或 GPU）相同的镜像。</translation>
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
    <message>
        <source>Run a fresh Local backend, walk through the main pages, save a screenshot of each into this folder and quit (scripts/screenshots).</source>
        <translation>启动一个全新的本地后端，依次浏览主要页面，将每个页面的截图保存到此文件夹后退出（scripts/screenshots）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>ConfirmJobDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check the settings of the training job, then click OK to submit it.</source>
        <translation>请检查训练作业的配置，然后单击“确定”提交。</translation>
    </message>
    <message>
        <source>You are billed for the resources you choose when your training job runs.</source>
        <translation>训练作业运行时，将按所选资源计费。</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Stop the %1 “%2”?</source>
        <translation>停止%1“%2”？</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>删除%1“%2”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Stop these %n %1?</source>
        <translation>
            <numerusform>停止这 %n 个%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n %1? This cannot be undone.</source>
        <translation>
            <numerusform>删除这 %n 个%1？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop the %n selected %1?</source>
        <translation>
            <numerusform>停止所选的 %n 个%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected %1? This cannot be undone.</source>
        <translation>
            <numerusform>删除所选的 %n 个%1？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the %1 “%2”?</source>
        <translation>重启%1“%2”？</translation>
    </message>
    <message>
        <source>Reset the %1 “%2”?</source>
        <translation>重置%1“%2”？</translation>
    </message>
    <message numerus="yes">
        <source>Restart these %n %1?</source>
        <translation>
            <numerusform>重启这 %n 个%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset these %n %1?</source>
        <translation>
            <numerusform>重置这 %n 个%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart the %n selected %1?</source>
        <translation>
            <numerusform>重启所选的 %n 个%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the %n selected %1?</source>
        <translation>
            <numerusform>重置所选的 %n 个%1？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>A ModelArts network interconnects the nodes of a resource pool. Only its name and CIDR block can be set, and the CIDR block cannot be changed after creation.</source>
        <translation>ModelArts 网络用于资源池节点之间的互通。只能设置名称和网段，网段创建后无法修改。</translation>
    </message>
    <message>
        <source>Network Name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <source>Network Segment Type</source>
        <translation>网段类型</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>CIDR Block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Recommended: 10.0.0.0/8-24, 172.16.0.0/12-24 or 192.168.0.0/16-24; subnet mask 8 to 28. The block cannot overlap your VPC, the container CIDR block 172.16.0.0/16 or the service CIDR block 10.247.0.0/16.</source>
        <translation>推荐：10.0.0.0/8-24、172.16.0.0/12-24 或 192.168.0.0/16-24；子网掩码 8 到 28。网段不能与您的 VPC、容器网段 172.16.0.0/16 或服务网段 10.247.0.0/16 重叠。</translation>
    </message>
</context>
<context>
    <name>CreateNotebookConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check what will be sent to create the notebook, then click Submit.</source>
        <translation>请确认创建Notebook将发送的内容，然后单击提交。</translation>
    </message>
</context>
<context>
    <name>CreateNotebookPage</name>
    <message>
        <source>Create Notebook</source>
        <translation>创建Notebook</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Max. 128 characters. Only digits, letters, underscores (_), and hyphens (-) are allowed.</source>
        <translation>最多128个字符，只能包含数字、字母、下划线（_）和中划线（-）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Max. 512 characters. Cannot contain &amp;&lt;&gt;&quot;&apos;/</source>
        <translation>最多 512 个字符。不能包含 &amp;&lt;&gt;&quot;&apos;/</translation>
    </message>
    <message>
        <source>Auto Stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>Stop as scheduled</source>
        <translation>定时停止</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>1-72</source>
        <translation>1-72</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>When enabled, the instance stops once it has run for the chosen time (custom: an integer from 1 to 72 hours). It is stopped 2 to 5 minutes later, so you can still renew it.</source>
        <translation>开启后，实例运行达到所选时长即停止（自定义：1到72之间的整数小时）。实际会在2到5分钟后停止，期间仍可续期。</translation>
    </message>
    <message>
        <source>Notebook Parameters</source>
        <translation>Notebook参数</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Public image</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Private image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Public images come with ModelArts&apos; AI engines; private images are saved from instances or registered in Image Management. The image decides which types are offered.</source>
        <translation>公共镜像预置了 ModelArts 的 AI 引擎；私有镜像由实例保存或在镜像管理中注册。可选的类型由镜像决定。</translation>
    </message>
    <message>
        <source>Resource Type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Dedicated resource pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Public resource pools are billed on running time. A dedicated pool must accept DevEnviron jobs; the local pool is this computer and runs a real Jupyter.</source>
        <translation>公共资源池按运行时长计费。专属资源池须支持开发环境作业；local资源池即本机，运行真实的Jupyter。</translation>
    </message>
    <message>
        <source>Dedicated Resource Pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ascend</source>
        <translation>Ascend</translation>
    </message>
    <message>
        <source>The chips vary depending on the selected image.</source>
        <translation>芯片类型因所选镜像而异。</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>EVS</source>
        <translation>云硬盘EVS</translation>
    </message>
    <message>
        <source>SFS</source>
        <translation>SFS</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>并行文件系统PFS</translation>
    </message>
    <message>
        <source>EVS is billed per GB from creation until the instance is deleted. SFS needs a dedicated pool. OBS and PFS are whitelist features.</source>
        <translation>EVS从创建起按GB计费，直到实例删除。SFS需要专属资源池。OBS和PFS为白名单功能。</translation>
    </message>
    <message>
        <source>Disk Size</source>
        <translation>磁盘规格</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>5 to 4,096 GB. It can be expanded later while the instance runs.</source>
        <translation>5到4,096 GB，实例运行时可以扩容。</translation>
    </message>
    <message>
        <source>Scalable File Service</source>
        <translation>弹性文件服务</translation>
    </message>
    <message>
        <source>SFS Turbo file system ID</source>
        <translation>SFS Turbo文件系统ID</translation>
    </message>
    <message>
        <source>An existing SFS Turbo file system that the dedicated pool can reach.</source>
        <translation>专属资源池可访问的已有SFS Turbo文件系统。</translation>
    </message>
    <message>
        <source>Cloud Mount Path</source>
        <translation>云上挂载路径</translation>
    </message>
    <message>
        <source>Mounted Subdirectory</source>
        <translation>挂载子目录</translation>
    </message>
    <message>
        <source>Mount Method</source>
        <translation>挂载方式</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Follows the permission of the SFS Turbo directory.</source>
        <translation>取决于SFS Turbo目录的权限。</translation>
    </message>
    <message>
        <source>Not sent: the v1 create API has no field for it.</source>
        <translation>不发送：v1创建接口没有对应字段。</translation>
    </message>
    <message>
        <source>Storage Path</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>A directory in a bucket, not the bucket root. Upload your data there first.</source>
        <translation>桶中的目录，不能是桶根目录。请先将数据上传到该目录。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>A DEW secret with the keys accessKeyId and secretAccessKey.</source>
        <translation>包含accessKeyId和secretAccessKey两个键的DEW凭据。</translation>
    </message>
    <message>
        <source>Extended Storage</source>
        <translation>扩展存储</translation>
    </message>
    <message>
        <source>Whitelist feature. At most 5 directories per type, each mount directory unique; it cannot start with /data/, /cache/, /dev/, /etc/, /bin/, /lib/, /sbin/, /modelarts/, /train-worker1-log/, /var/, /resource_info/, /usr/, /sys/, /run/, /tmp/, /infer/ or /opt/.</source>
        <translation>白名单功能。每种类型最多5个目录，挂载目录不能重复，且不能以/data/、/cache/、/dev/、/etc/、/bin/、/lib/、/sbin/、/modelarts/、/train-worker1-log/、/var/、/resource_info/、/usr/、/sys/、/run/、/tmp/、/infer/或/opt/开头。</translation>
    </message>
    <message>
        <source>Remote SSH</source>
        <translation>远程SSH</translation>
    </message>
    <message>
        <source>Enable remote SSH</source>
        <translation>开启远程SSH</translation>
    </message>
    <message>
        <source>Connect from a local IDE such as VS Code. The VS Code plug-ins and server use about 1 GB of storage.</source>
        <translation>可从VS Code等本地IDE连接。VS Code插件和服务端约占用1 GB存储。</translation>
    </message>
    <message>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Download the key pair and keep it safe: local IDEs need it to authenticate.</source>
        <translation>请下载并妥善保管密钥对，本地IDE需要用它认证。</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>At most 5 public IP addresses or CIDR blocks, separated by commas (,). Empty: all IP addresses are allowed.</source>
        <translation>最多5个公网IP地址或CIDR网段，用英文逗号（,）分隔。为空时允许所有IP地址访问。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Predefined TMS tags are visible to every service; custom tags only to your resources. At most 20 tags.</source>
        <translation>TMS预定义标签对所有服务可见；自定义标签仅对您的资源可见。最多20个标签。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>CreatePoolConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check the configuration of the resource pool, then click Buy Now.</source>
        <translation>请检查资源池配置，然后单击“立即购买”。</translation>
    </message>
</context>
<context>
    <name>CreatePoolPage</name>
    <message>
        <source>Buy AI Dedicated Cluster</source>
        <translation>购买AI专属集群</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Billing Mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Pay-per-use: billed for the time the nodes exist; the pool can be deleted at any time. Yearly/Monthly: prepaid for the required duration.</source>
        <translation>按需计费：按节点存在时长计费，资源池可随时删除。包年/包月：按购买时长预付费。</translation>
    </message>
    <message>
        <source>Cluster Specifications</source>
        <translation>集群规格</translation>
    </message>
    <message>
        <source>Cluster Name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Enter a cluster name</source>
        <translation>请输入集群名称</translation>
    </message>
    <message>
        <source>4 to 25 characters: lowercase letters, digits and hyphens (-). Starts with a lowercase letter and cannot end with a hyphen.</source>
        <translation>4 到 25 个字符：小写字母、数字和中划线（-），以小写字母开头，不能以中划线结尾。</translation>
    </message>
    <message>
        <source>Resource Pool Type</source>
        <translation>资源池类型</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>No logical specification is offered in this region.</source>
        <translation>本区域未提供逻辑规格。</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>逻辑</translation>
    </message>
    <message>
        <source>Physical: dedicated nodes with physical isolation and a dedicated network.</source>
        <translation>物理：独享节点，物理隔离，独立网络。</translation>
    </message>
    <message>
        <source>Job Type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>DevEnviron</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Training Job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Inference Service</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Only the selected job types can run in the pool. Each type installs plug-ins that use pool resources, so select only what you need.</source>
        <translation>只有选中的作业类型可以在资源池中运行。每种类型都会安装占用资源池资源的插件，请按需选择。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>ModelArts Network</source>
        <translation>ModelArts 网络</translation>
    </message>
    <message>
        <source>Reload the networks</source>
        <translation>重新加载网络</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Create Network…</source>
        <translation>创建网络…</translation>
    </message>
    <message>
        <source>The network interconnects the nodes of the pool. It is set only for physical resource pools.</source>
        <translation>网络用于资源池节点之间的互通，仅物理资源池需要设置。</translation>
    </message>
    <message>
        <source>IPv6 Network</source>
        <translation>IPv6 网络</translation>
    </message>
    <message>
        <source>Enable IPv6</source>
        <translation>开启 IPv6</translation>
    </message>
    <message>
        <source>IPv6 must be enabled on the network. It cannot be disabled once enabled.</source>
        <translation>绑定的网络须已开启 IPv6。开启后无法关闭。</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>CPU Architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>x86</source>
        <translation>x86</translation>
    </message>
    <message>
        <source>Arm64</source>
        <translation>Arm64</translation>
    </message>
    <message>
        <source>All specifications of a pool share one CPU architecture.</source>
        <translation>同一资源池的所有规格使用同一种 CPU 架构。</translation>
    </message>
    <message>
        <source>Instance Specifications Type</source>
        <translation>实例规格类型</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ascend</source>
        <translation>Ascend</translation>
    </message>
    <message>
        <source>Mixing GPU or NPU specifications affects distributed training; one type is advised.</source>
        <translation>混用 GPU 或 NPU 规格会影响分布式训练，建议只选一种。</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Automatically allocated</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>Specifies AZ</source>
        <translation>指定可用区</translation>
    </message>
    <message>
        <source>Specifies AZ: set the number of instances in each AZ. For disaster recovery, deploy all nodes in the same AZ.</source>
        <translation>指定可用区：设置每个可用区的实例数。为保证容灾，建议所有节点部署在同一可用区。</translation>
    </message>
    <message>
        <source>Each specification at most once, at most 10 per pool. Create at most 30 instances at a time; available resources are lower than nominal because of system components.</source>
        <translation>每个规格最多添加一次，每个资源池最多 10 个规格。单次最多创建 30 个实例；由于系统组件占用，可用资源低于标称值。</translation>
    </message>
    <message>
        <source>Advanced Node Configuration</source>
        <translation>高级节点配置</translation>
    </message>
    <message>
        <source>Set the operating system of the instances</source>
        <translation>设置实例的操作系统</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Storage Configuration</source>
        <translation>存储配置</translation>
    </message>
    <message>
        <source>Configure the disks of the instances</source>
        <translation>配置实例的磁盘</translation>
    </message>
    <message>
        <source>Off: each instance gets the disks of its specification.</source>
        <translation>关闭：每个实例使用其规格自带的磁盘。</translation>
    </message>
    <message>
        <source>System Disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>40 to 1,024 GiB per instance.</source>
        <translation>每个实例 40 到 1,024 GiB。</translation>
    </message>
    <message>
        <source>Container Disk</source>
        <translation>容器盘</translation>
    </message>
    <message>
        <source>EVS disk for container images and working directories: 10 to 32,768 GiB.</source>
        <translation>用于容器镜像和工作目录的云硬盘：10 到 32,768 GiB。</translation>
    </message>
    <message>
        <source>Container Data Disks</source>
        <translation>容器数据盘</translation>
    </message>
    <message>
        <source>Extra EVS disks per instance, billed separately.</source>
        <translation>每个实例额外的云硬盘，单独计费。</translation>
    </message>
    <message>
        <source>Container Engine Space Size</source>
        <translation>容器引擎空间大小</translation>
    </message>
    <message>
        <source>Integer, at least 50 GiB (the default), at most the container disk. It limits the disk a single pod can use; no extra cost.</source>
        <translation>整数，至少 50 GiB（默认值），不超过容器盘。限制单个 Pod 可用的磁盘空间，不额外收费。</translation>
    </message>
    <message>
        <source>Write Mode</source>
        <translation>写入模式</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>条带化</translation>
    </message>
    <message>
        <source>Stripe spreads writes over the disks for speed; a storage pool of striped volumes cannot be scaled out.</source>
        <translation>条带化将写入分散到多块磁盘以提高速度；条带化卷组成的存储池无法扩容。</translation>
    </message>
    <message>
        <source>Resource Scheduling and Allocation</source>
        <translation>资源调度与分配</translation>
    </message>
    <message>
        <source>Custom Driver</source>
        <translation>自定义驱动</translation>
    </message>
    <message>
        <source>Choose the GPU or Ascend driver version</source>
        <translation>选择 GPU 或 Ascend 驱动版本</translation>
    </message>
    <message>
        <source>Off: the driver is installed automatically.</source>
        <translation>关闭：自动安装驱动。</translation>
    </message>
    <message>
        <source>Driver Version</source>
        <translation>驱动版本</translation>
    </message>
    <message>
        <source>HA Redundancy</source>
        <translation>高可用冗余</translation>
    </message>
    <message>
        <source>Enable HA Redundancy</source>
        <translation>开启高可用冗余</translation>
    </message>
    <message>
        <source>Enable HA redundancy</source>
        <translation>开启高可用冗余</translation>
    </message>
    <message>
        <source>Redundant nodes stand by and replace a faulty node automatically; distribution: step-based even distribution. Set the redundant instances in the specification rows.</source>
        <translation>冗余节点处于待命状态，节点故障时自动替换；分布策略：按步长均匀分布。请在规格行中设置冗余实例数。</translation>
    </message>
    <message>
        <source>Advanced Options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <source>Cluster Description</source>
        <translation>集群描述</translation>
    </message>
    <message>
        <source>Optional, at most 256 characters.</source>
        <translation>可选，最多 256 个字符。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>At most 20 tags; keys up to 128 and values up to 255 characters. Tags can also be set later on the Tags tab.</source>
        <translation>最多 20 个标签；键最长 128 个字符，值最长 255 个字符。标签也可以稍后在“标签”页签设置。</translation>
    </message>
    <message>
        <source>CIDR Block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Default: the system picks available blocks, which cannot be changed later. For commercial use, customize them.</source>
        <translation>默认：系统随机选择可用网段，创建后无法修改。商用场景建议自定义网段。</translation>
    </message>
    <message>
        <source>K8S Container Network</source>
        <translation>K8S 容器网段</translation>
    </message>
    <message>
        <source>Caps the number of containers. Cannot be changed after creation.</source>
        <translation>限制容器数量。创建后无法修改。</translation>
    </message>
    <message>
        <source>Kubernetes Service CIDR Block</source>
        <translation>Kubernetes 服务网段</translation>
    </message>
    <message>
        <source>Caps the number of Services. Cannot be changed after creation.</source>
        <translation>限制 Service 数量。创建后无法修改。</translation>
    </message>
    <message>
        <source>Required Duration</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>Auto-renewal</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Monthly subscriptions renew each month, yearly subscriptions each year.</source>
        <translation>按月购买的按月续费，按年购买的按年续费。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
</context>
<context>
    <name>CreateTrainingJobPage</name>
    <message>
        <source>Create Training Job</source>
        <translation>创建训练作业</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Describe the training job (optional)</source>
        <translation>训练作业的描述（可选）</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Algorithm Type</source>
        <translation>算法类型</translation>
    </message>
    <message>
        <source>Custom algorithm</source>
        <translation>自定义算法</translation>
    </message>
    <message>
        <source>My algorithm</source>
        <translation>我的算法</translation>
    </message>
    <message>
        <source>ID of an algorithm in Algorithm Management</source>
        <translation>算法管理中的算法 ID</translation>
    </message>
    <message>
        <source>Boot Mode</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Preset image</source>
        <translation>预置镜像</translation>
    </message>
    <message>
        <source>Custom image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Engine and Version</source>
        <translation>引擎和版本</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>organization/image:tag</source>
        <translation>organization/image:tag</translation>
    </message>
    <message>
        <source>Code Source</source>
        <translation>代码来源</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>SFS</source>
        <translation>SFS</translation>
    </message>
    <message>
        <source>Code Directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot File</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>1000</source>
        <translation>1000</translation>
    </message>
    <message>
        <source>Boot Command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>python ${MA_JOB_DIR}/demo-code/train.py</source>
        <translation>python ${MA_JOB_DIR}/demo-code/train.py</translation>
    </message>
    <message>
        <source>Local Code Directory</source>
        <translation>本地代码目录</translation>
    </message>
    <message>
        <source>/home/ma-user/modelarts/user-job-dir</source>
        <translation>/home/ma-user/modelarts/user-job-dir</translation>
    </message>
    <message>
        <source>Work Directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Training Parameters</source>
        <translation>训练参数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>训练输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>训练输出</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Environment Variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Auto Restart</source>
        <translation>自动重启</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Unconditional Auto Restart</source>
        <translation>无条件自动重启</translation>
    </message>
    <message>
        <source>Restart Upon Suspension</source>
        <translation>卡死重启</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源配置</translation>
    </message>
    <message>
        <source>Resource Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Dedicated resource pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Dedicated Pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Resource Type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Compute Nodes</source>
        <translation>计算节点个数</translation>
    </message>
    <message>
        <source>Job Priority</source>
        <translation>作业优先级</translation>
    </message>
    <message>
        <source>SFS Turbo</source>
        <translation>SFS Turbo</translation>
    </message>
    <message>
        <source>Persistent Log Saving</source>
        <translation>永久保存日志</translation>
    </message>
    <message>
        <source>Job Log Path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>Event Notification</source>
        <translation>事件通知</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>urn:smn:region:project:topic</source>
        <translation>urn:smn:region:project:topic</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>JobStarted</source>
        <translation>JobStarted</translation>
    </message>
    <message>
        <source>JobCompleted</source>
        <translation>JobCompleted</translation>
    </message>
    <message>
        <source>JobFailed</source>
        <translation>JobFailed</translation>
    </message>
    <message>
        <source>JobTerminated</source>
        <translation>JobTerminated</translation>
    </message>
    <message>
        <source>JobHanged</source>
        <translation>JobHanged</translation>
    </message>
    <message>
        <source>Auto Stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>SSH Mutual Trust</source>
        <translation>SSH 互信</translation>
    </message>
    <message>
        <source>SSH Key Directory</source>
        <translation>SSH 密钥目录</translation>
    </message>
    <message>
        <source>/home/ma-user/.ssh</source>
        <translation>/home/ma-user/.ssh</translation>
    </message>
    <message>
        <source>Training Mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>Common mode</source>
        <translation>普通模式</translation>
    </message>
    <message>
        <source>High performance mode</source>
        <translation>高性能模式</translation>
    </message>
    <message>
        <source>Fault diagnosis mode</source>
        <translation>故障诊断模式</translation>
    </message>
    <message>
        <source>Advanced Configuration</source>
        <translation>高级配置</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Configure now</source>
        <translation>现在配置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Choose one of your algorithms; its inputs, outputs and hyperparameters fill the form</source>
        <translation>选择您的一个算法；其输入、输出和超参会填入表单</translation>
    </message>
    <message>
        <source>Select…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>My subscription</source>
        <translation>我的订阅</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>订阅 ID</translation>
    </message>
    <message>
        <source>From AI Gallery: My Subscriptions</source>
        <translation>来自 AI Gallery：我的订阅</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <source>The version of the subscribed algorithm</source>
        <translation>所订阅算法的版本</translation>
    </message>
    <message>
        <source>Hyperparameter Search</source>
        <translation>超参搜索</translation>
    </message>
    <message>
        <source>Search hyperparameters automatically</source>
        <translation>自动搜索超参</translation>
    </message>
    <message>
        <source>Auto Search Metric</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Auto Search Algorithm</source>
        <translation>搜索算法</translation>
    </message>
    <message>
        <source>Auto Search Parameters</source>
        <translation>搜索算法参数</translation>
    </message>
    <message>
        <source>Search Ranges</source>
        <translation>搜索范围</translation>
    </message>
</context>
<context>
    <name>DashboardDefinitions</name>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>内存使用率</translation>
    </message>
    <message>
        <source>GPU usage</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>GPU memory usage</source>
        <translation>显存使用率</translation>
    </message>
    <message>
        <source>NPU usage</source>
        <translation>NPU 使用率</translation>
    </message>
    <message>
        <source>NPU memory usage</source>
        <translation>NPU 显存使用率</translation>
    </message>
    <message>
        <source>Container space usage</source>
        <translation>容器空间使用率</translation>
    </message>
    <message>
        <source>Used CPU cores</source>
        <translation>已用 CPU 核数</translation>
    </message>
    <message>
        <source>Nodes reporting</source>
        <translation>上报数据的节点</translation>
    </message>
    <message>
        <source>Used GPU memory</source>
        <translation>已用显存</translation>
    </message>
    <message>
        <source>Used memory</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>运行中的任务</translation>
    </message>
    <message>
        <source>Jobs using most CPU cores</source>
        <translation>CPU 核数占用最多的作业</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
</context>
<context>
    <name>EditNotebookDialog</name>
    <message>
        <source>Edit Name and Description</source>
        <translation>编辑名称和描述</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ExpandStorageDialog</name>
    <message>
        <source>Expand Storage</source>
        <translation>存储扩容</translation>
    </message>
    <message>
        <source>New Disk Size</source>
        <translation>新磁盘容量</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
</context>
<context>
    <name>InputSizeCheck</name>
    <message numerus="yes">
        <source>Input data: %1 in %n file(s).</source>
        <translation>
            <numerusform>输入数据：%1，共 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>未找到：%1。</translation>
    </message>
    <message>
        <source>The flavor does not say how much storage its nodes have.</source>
        <translation>该规格未给出节点的存储容量。</translation>
    </message>
    <message>
        <source>It does not fit the node storage of %1: choose a flavor with more storage or less data.</source>
        <translation>超出节点存储 %1：请选择存储更大的规格或减少数据。</translation>
    </message>
    <message>
        <source>It fits the node storage of %1.</source>
        <translation>节点存储 %1 足够容纳。</translation>
    </message>
</context>
<context>
    <name>InterconnectVpcDialog</name>
    <message>
        <source>Interconnect VPC</source>
        <translation>打通VPC</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Add another subnet to interconnect</source>
        <translation>再添加一个要打通的子网</translation>
    </message>
    <message>
        <source>+ Add Subnet</source>
        <translation>+ 添加子网</translation>
    </message>
    <message>
        <source>The subnets cannot overlap the network&apos;s CIDR block or each other. Public network access goes through SNAT in your VPC; by default public traffic is not forwarded to it, and a default route (0.0.0.0/0) needs a service ticket.</source>
        <translation>子网不能与网络的网段重叠，也不能相互重叠。公网访问通过您 VPC 中的 SNAT 实现；默认情况下公网流量不会转发到该 SNAT，默认路由（0.0.0.0/0）需要提交工单。</translation>
    </message>
</context>
<context>
    <name>ModifyFlavorDialog</name>
    <message>
        <source>Modify Specifications</source>
        <translation>变更规格</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Possible while the notebook is stopped, running or failed to start, when the cluster has a free node of the new flavor; a running notebook restarts with it.</source>
        <translation>Notebook 处于停止、运行中或启动失败状态且集群有新规格的空闲节点时可变更；运行中的 Notebook 将以新规格重启。</translation>
    </message>
</context>
<context>
    <name>MountObsDialog</name>
    <message>
        <source>Mount OBS Storage</source>
        <translation>挂载 OBS 存储</translation>
    </message>
    <message>
        <source>Storage Path</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Mount Path</source>
        <translation>挂载路径</translation>
    </message>
    <message>
        <source>The folder appears in the running notebook under /data/. The bucket must be in the same region; a bucket root cannot be mounted.</source>
        <translation>该文件夹出现在运行中 Notebook 的 /data/ 下。桶须在同一区域，不能挂载桶根目录。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Model Training</source>
        <translation>模型训练</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Resource Management</source>
        <translation>资源管理</translation>
    </message>
    <message>
        <source>Dedicated Resource Pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Node Map</source>
        <translation>节点地图</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Development Environment</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Algorithm Management</source>
        <translation>算法管理</translation>
    </message>
</context>
<context>
    <name>NodeOperations</name>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: only Available or Abnormal nodes can be restarted.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：只有可用或异常的节点可以重启。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: only Available nodes can be reset.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：只有可用的节点可以重置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: only Available or Abnormal nodes can be replaced.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：只有可用或异常的节点可以替换。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: they are HA redundant already or being deleted.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：它们已是高可用冗余节点或正在删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: they are not HA redundant or are being deleted.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：它们不是高可用冗余节点或正在删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected node(s) are skipped: they are being deleted, or are the last node of their pool.</source>
        <translation>
            <numerusform>已跳过 %n 个所选节点：它们正在删除，或是所在资源池的最后一个节点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart nodes</source>
        <translation>重启节点</translation>
    </message>
    <message>
        <source>Restart the node “%1”?</source>
        <translation>重启节点“%1”？</translation>
    </message>
    <message>
        <source>Restart these %1 nodes?</source>
        <translation>重启这 %1 个节点？</translation>
    </message>
    <message>
        <source>Services running on the nodes are interrupted. The nodes are Rebooting, then Available again once their health checks pass.</source>
        <translation>节点上运行的业务会中断。节点先处于重启中，健康检查通过后恢复为可用。</translation>
    </message>
    <message>
        <source>Reset nodes</source>
        <translation>重置节点</translation>
    </message>
    <message>
        <source>Reset the node “%1”?</source>
        <translation>重置节点“%1”？</translation>
    </message>
    <message>
        <source>Reset these %1 nodes?</source>
        <translation>重置这 %1 个节点？</translation>
    </message>
    <message>
        <source>The operating system of the nodes is reinstalled and services running on them are interrupted. The nodes are Resetting, then Available again.</source>
        <translation>节点的操作系统会重装，其上运行的业务会中断。节点先处于重置中，然后恢复为可用。</translation>
    </message>
    <message>
        <source>Replace node</source>
        <translation>替换节点</translation>
    </message>
    <message>
        <source>Replace the node “%1”?</source>
        <translation>替换节点“%1”？</translation>
    </message>
    <message>
        <source>Replace these %1 nodes?</source>
        <translation>替换这 %1 个节点？</translation>
    </message>
    <message>
        <source>The node is Replacing, then it is deleted and a new node with another name and IP address is Available in its place. Replacing is free; it needs an idle node of the flavor in the region.</source>
        <translation>节点先处于“替换中”，随后被删除，由一个名称和 IP 地址不同的新节点以“可用”状态取代。替换免费；需要该区域内有该规格的空闲节点。</translation>
    </message>
    <message>
        <source>Enable HA redundancy</source>
        <translation>开启高可用冗余</translation>
    </message>
    <message>
        <source>Enable HA redundancy on the node “%1”?</source>
        <translation>在节点“%1”上开启高可用冗余？</translation>
    </message>
    <message>
        <source>Enable HA redundancy on these %1 nodes?</source>
        <translation>在这 %1 个节点上开启高可用冗余？</translation>
    </message>
    <message>
        <source>HA redundant nodes are isolated: no jobs are scheduled on them. Each stands by and takes the place of a faulty node within minutes. About 5 % of a pool&apos;s nodes should be HA redundant; they are billed as normal nodes.</source>
        <translation>高可用冗余节点会被隔离：不会在其上调度作业。每个冗余节点处于备用状态，可在数分钟内替换故障节点。建议约 5 % 的节点为高可用冗余节点；它们按普通节点计费。</translation>
    </message>
    <message>
        <source>Disable HA redundancy</source>
        <translation>关闭高可用冗余</translation>
    </message>
    <message>
        <source>Disable HA redundancy on the node “%1”?</source>
        <translation>在节点“%1”上关闭高可用冗余？</translation>
    </message>
    <message>
        <source>Disable HA redundancy on these %1 nodes?</source>
        <translation>在这 %1 个节点上关闭高可用冗余？</translation>
    </message>
    <message>
        <source>The nodes are no longer isolated and jobs can be scheduled on them again.</source>
        <translation>这些节点不再被隔离，可以重新在其上调度作业。</translation>
    </message>
    <message>
        <source>Delete nodes</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Delete the node “%1”?</source>
        <translation>删除节点“%1”？</translation>
    </message>
    <message>
        <source>Delete these %1 nodes?</source>
        <translation>删除这 %1 个节点？</translation>
    </message>
    <message>
        <source>Jobs running on the node are interrupted and the pool is scaled in by 1 node.</source>
        <translation>该节点上运行的作业会中断，资源池缩容 1 个节点。</translation>
    </message>
    <message>
        <source>Jobs running on the nodes are interrupted and their pools are scaled in by %1 nodes.</source>
        <translation>这些节点上运行的作业会中断，所在资源池共缩容 %1 个节点。</translation>
    </message>
</context>
<context>
    <name>NotebookStatus</name>
    <message>
        <source>Initializing</source>
        <comment>notebook status</comment>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>notebook status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Starting</source>
        <comment>notebook status</comment>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <comment>notebook status</comment>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <comment>notebook status</comment>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>notebook status</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>notebook status</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Saving image</source>
        <comment>notebook status</comment>
        <translation>镜像保存中</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <comment>notebook status</comment>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Startup failed</source>
        <comment>notebook status</comment>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <comment>notebook status</comment>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>notebook status</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>notebook status</comment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>notebook status</comment>
        <translation>冻结</translation>
    </message>
</context>
<context>
    <name>Notebooks</name>
    <message>
        <source>notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>notebooks</source>
        <translation>Notebook</translation>
    </message>
</context>
<context>
    <name>ObsBrowserDialog</name>
    <message>
        <source>Local object store of modelarts-local. Paths here are visible to jobs on the local pool.</source>
        <translation>modelarts-local 的本地对象存储。此处的路径对本地资源池上的作业可见。</translation>
    </message>
    <message>
        <source>New bucket…</source>
        <translation>新建桶…</translation>
    </message>
    <message>
        <source>Create a folder in the selected folder</source>
        <translation>在所选文件夹中创建文件夹</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>Copy a folder of this computer into the selected folder</source>
        <translation>将本机的文件夹复制到所选文件夹中</translation>
    </message>
    <message>
        <source>Import local folder…</source>
        <translation>导入本地文件夹…</translation>
    </message>
    <message>
        <source>The local object store has no buckets yet. Create one to hold your code, data and outputs.</source>
        <translation>本地对象存储中还没有桶。请创建一个桶来存放代码、数据和输出。</translation>
    </message>
    <message>
        <source>Bucket name:</source>
        <translation>桶名称：</translation>
    </message>
    <message>
        <source>Create bucket</source>
        <translation>创建桶</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>PoolDriverUpgradeDialog</name>
    <message>
        <source>Upgrade Driver</source>
        <translation>升级驱动</translation>
    </message>
    <message>
        <source>Driver Type</source>
        <translation>驱动类型</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Current Version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>Target Version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Upgrade Mode</source>
        <translation>升级方式</translation>
    </message>
    <message>
        <source>Secure upgrade</source>
        <translation>安全升级</translation>
    </message>
    <message>
        <source>Forcible upgrade</source>
        <translation>强制升级</translation>
    </message>
    <message>
        <source>Rolling Mode</source>
        <translation>滚动升级</translation>
    </message>
    <message>
        <source>Upgrade the nodes in batches</source>
        <translation>分批升级节点</translation>
    </message>
    <message>
        <source>By node percentage</source>
        <translation>按节点比例</translation>
    </message>
    <message>
        <source>By instance quantity</source>
        <translation>按实例数量</translation>
    </message>
</context>
<context>
    <name>PoolJobTypesDialog</name>
    <message>
        <source>Set Job Type</source>
        <translation>设置作业类型</translation>
    </message>
    <message>
        <source>Training Job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Inference Service</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Notebook (DevEnviron)</source>
        <translation>Notebook（开发环境）</translation>
    </message>
    <message>
        <source>Only jobs of the selected types can be delivered to the pool. Each type installs plug-ins and network settings that use pool resources, so select only the types you need.</source>
        <translation>只有所选类型的作业才能下发到资源池。每种类型都会安装占用资源池资源的插件和网络配置，请只选择需要的类型。</translation>
    </message>
</context>
<context>
    <name>PoolMigrateDialog</name>
    <message>
        <source>Migrate Dedicated Resource Pool</source>
        <translation>迁移专属资源池</translation>
    </message>
    <message>
        <source>Current Workspace</source>
        <translation>当前工作空间</translation>
    </message>
    <message>
        <source>Target Workspace</source>
        <translation>目标工作空间</translation>
    </message>
    <message>
        <source>A workspace is tied to an enterprise project, which collects the pool&apos;s bills. IAM users can migrate only pools of their own workspaces. The pool&apos;s network stays where it is; migrate it on the Network tab.</source>
        <translation>工作空间与企业项目绑定，资源池的账单归入该企业项目。IAM 用户只能迁移自己工作空间中的资源池。资源池的网络不随之迁移；请在“网络”页签中迁移网络。</translation>
    </message>
</context>
<context>
    <name>PoolResizeDialog</name>
    <message>
        <source>Resize Resource Pool</source>
        <translation>扩缩容资源池</translation>
    </message>
    <message>
        <source>Instance Specifications</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Current Instances</source>
        <translation>当前实例数</translation>
    </message>
    <message>
        <source>Target Instances</source>
        <translation>目标实例数</translation>
    </message>
</context>
<context>
    <name>PoolStatus</name>
    <message>
        <source>Creating</source>
        <comment>pool status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>pool status</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <comment>pool status</comment>
        <translation>异常</translation>
    </message>
    <message>
        <source>Deleting</source>
        <comment>pool status</comment>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>pool status</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <comment>pool status</comment>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Scaling failed</source>
        <comment>pool status</comment>
        <translation>扩缩容失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>pool status</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>node status</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>node status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <comment>node status</comment>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <comment>node status</comment>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>node status</comment>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <comment>node status</comment>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Resetting</source>
        <comment>node status</comment>
        <translation>重置中</translation>
    </message>
    <message>
        <source>Replacing</source>
        <comment>node status</comment>
        <translation>替换中</translation>
    </message>
    <message>
        <source>Enabling</source>
        <comment>job type state</comment>
        <translation>开通中</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>job type state</comment>
        <translation>已开通</translation>
    </message>
    <message>
        <source>Enabling failed</source>
        <comment>job type state</comment>
        <translation>开通失败</translation>
    </message>
    <message>
        <source>Disabling</source>
        <comment>job type state</comment>
        <translation>关闭中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>job type state</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Installing</source>
        <comment>driver state</comment>
        <translation>安装中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>driver state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Waiting for upgrade</source>
        <comment>driver state</comment>
        <translation>等待升级</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <comment>driver state</comment>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Upgrade failed</source>
        <comment>driver state</comment>
        <translation>升级失败</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <comment>driver state</comment>
        <translation>异常</translation>
    </message>
    <message>
        <source>Training Job</source>
        <comment>pool job type</comment>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Inference Service</source>
        <comment>pool job type</comment>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Notebook</source>
        <comment>pool job type</comment>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>network status</comment>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>network status</comment>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>network status</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <comment>network status</comment>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>Pools</name>
    <message>
        <source>dedicated resource pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>dedicated resource pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>PreSubmitChecks</name>
    <message>
        <source>%1 holds more than %2 files (the console&apos;s limit).</source>
        <translation>%1 中的文件超过 %2 个（控制台的上限）。</translation>
    </message>
    <message>
        <source>%1 holds more than 5 GB (the console&apos;s limit).</source>
        <translation>%1 超过 5 GB（控制台的上限）。</translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 folders (the console&apos;s limit).</source>
        <translation>%1 的文件夹嵌套深度超过 %2 层（控制台的上限）。</translation>
    </message>
    <message>
        <source>%1 is not a valid OBS path: %2</source>
        <translation>%1 不是有效的 OBS 路径：%2</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 %2 is not empty; the console asks for an empty folder, files may be overwritten.</source>
        <translation>%1 %2 不为空；控制台要求空文件夹，文件可能被覆盖。</translation>
    </message>
    <message>
        <source>%1 %2 must be an empty folder.</source>
        <translation>%1 %2 必须是空文件夹。</translation>
    </message>
    <message>
        <source>OBS paths</source>
        <translation>OBS 路径</translation>
    </message>
    <message numerus="yes">
        <source>OBS cannot be listed from this app for a cloud profile; ModelArts checks the %n path(s) when the job starts.</source>
        <translation>
            <numerusform>无法从本应用列出云端配置的 OBS；ModelArts 会在作业启动时检查这 %n 个路径。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n path(s) are as the console requires.</source>
        <translation>
            <numerusform>全部 %n 个路径均符合控制台的要求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes in the pool</source>
        <translation>资源池中的节点</translation>
    </message>
    <message>
        <source>The pool could not be read: %1</source>
        <translation>无法读取资源池：%1</translation>
    </message>
    <message>
        <source>%1 has no available nodes now.</source>
        <translation>%1 当前没有可用节点。</translation>
    </message>
    <message>
        <source>%1 has no available node of %2.</source>
        <translation>%1 没有 %2 规格的可用节点。</translation>
    </message>
    <message>
        <source>%1 has %2 available nodes of this flavor; %3 are needed.</source>
        <translation>%1 有 %2 个该规格的可用节点；需要 %3 个。</translation>
    </message>
    <message>
        <source>%1 has %2 available nodes of this flavor; %3 needed.</source>
        <translation>%1 有 %2 个该规格的可用节点；需要 %3 个。</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>The pool&apos;s workloads could not be read: %1</source>
        <translation>无法读取资源池的作业负载：%1</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <source>Unknown: the API gives no billing code for this flavor.</source>
        <translation>未知：API 未提供该规格的计费编码。</translation>
    </message>
    <message>
        <source>Unknown: the ModelArts API gives the billing code %1 (%2 unit(s) in all) but no price; look it up in the Huawei Cloud price calculator.</source>
        <translation>未知：ModelArts API 给出了计费编码 %1（共 %2 个单位），但没有价格；请在华为云价格计算器中查询。</translation>
    </message>
    <message>
        <source>Notebook instances</source>
        <translation>Notebook 实例</translation>
    </message>
    <message>
        <source>The notebooks could not be counted: %1</source>
        <translation>无法统计 Notebook 数量：%1</translation>
    </message>
    <message>
        <source>%1 notebooks exist; an account may have %2. Delete one first.</source>
        <translation>已有 %1 个 Notebook；一个账号最多 %2 个。请先删除一个。</translation>
    </message>
    <message>
        <source>%1 of %2 notebooks per account exist.</source>
        <translation>每个账号已有 %1 / %2 个 Notebook。</translation>
    </message>
    <message>
        <source>Workspace quota</source>
        <translation>工作空间配额</translation>
    </message>
    <message>
        <source>The workspace quota could not be read: %1</source>
        <translation>无法读取工作空间配额：%1</translation>
    </message>
    <message>
        <source>The workspace allows %1 notebooks and all are in use (ModelArts.0113).</source>
        <translation>工作空间允许 %1 个 Notebook，已全部使用（ModelArts.0113）。</translation>
    </message>
    <message>
        <source>%1 of %2 notebooks of the workspace used.</source>
        <translation>已使用工作空间 %1 / %2 个 Notebook。</translation>
    </message>
    <message>
        <source>The workspace sets no notebook limit.</source>
        <translation>工作空间未设置 Notebook 上限。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 存在。</translation>
    </message>
    <message>
        <source>The image %1 does not exist (any more).</source>
        <translation>镜像 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>无法读取镜像：%1</translation>
    </message>
    <message>
        <source>Storage path</source>
        <translation>存储路径</translation>
    </message>
    <message>
        <source>%1 is not on sale in %2.</source>
        <translation>%1 在 %2 未售卖。</translation>
    </message>
    <message>
        <source>%1 is sold out in every availability zone.</source>
        <translation>%1 在所有可用区均已售罄。</translation>
    </message>
    <message>
        <source>Resource pool quota</source>
        <translation>资源池配额</translation>
    </message>
    <message>
        <source>Flavors on sale</source>
        <translation>在售规格</translation>
    </message>
    <message>
        <source>The flavors could not be read: %1</source>
        <translation>无法读取规格：%1</translation>
    </message>
    <message>
        <source>%1 is not offered.</source>
        <translation>未提供 %1。</translation>
    </message>
    <message>
        <source>Every chosen flavor is on sale now.</source>
        <translation>所选规格当前均在售。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Unknown: the resource pool API gives no price. A yearly/monthly order shows it when you pay; pay-per-use follows the Huawei Cloud price list.</source>
        <translation>未知：资源池 API 不提供价格。包年/包月订单在支付时显示价格；按需计费以华为云价格表为准。</translation>
    </message>
    <message>
        <source>Training job quota</source>
        <translation>训练作业配额</translation>
    </message>
    <message>
        <source>The quota could not be read: %1</source>
        <translation>无法读取配额：%1</translation>
    </message>
    <message>
        <source>No limit on training jobs.</source>
        <translation>训练作业数量不限。</translation>
    </message>
    <message>
        <source>All %1 training jobs of the quota are in use. Delete finished jobs or ask for a higher quota.</source>
        <translation>配额内的 %1 个训练作业均已使用。请删除已结束的作业或申请提高配额。</translation>
    </message>
    <message>
        <source>%1 of %2 training jobs used; %3 left.</source>
        <translation>已使用 %1 / %2 个训练作业；剩余 %3 个。</translation>
    </message>
    <message>
        <source>The API reported no training job quota.</source>
        <translation>API 未报告训练作业配额。</translation>
    </message>
    <message>
        <source>The algorithm %1 brings its image.</source>
        <translation>算法 %1 自带镜像。</translation>
    </message>
    <message>
        <source>Preset engine %1 %2 from the engine list.</source>
        <translation>引擎列表中的预置引擎 %1 %2。</translation>
    </message>
    <message>
        <source>%1 is an SWR image; SWR cannot be listed through the ModelArts API, so it is pulled (or found missing) when the job starts.</source>
        <translation>%1 是 SWR 镜像；SWR 无法通过 ModelArts API 列出，因此会在作业启动时拉取（或发现缺失）。</translation>
    </message>
    <message>
        <source>Code directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Job log path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>The subscribed algorithm brings its image.</source>
        <translation>所订阅的算法自带镜像。</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <source>Change Priority</source>
        <translation>修改优先级</translation>
    </message>
    <message>
        <source>1 (lowest)</source>
        <translation>1（最低）</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 (highest)</source>
        <translation>3（最高）</translation>
    </message>
    <message>
        <source>A job with a higher priority is scheduled first when the pool is busy. The priority can be changed only while the job is pending in a dedicated resource pool.</source>
        <translation>资源池繁忙时，优先级高的作业优先调度。仅当作业在专属资源池中等待时才能修改优先级。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New Huawei Cloud profile</source>
        <translation>新建华为云连接配置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>For example: Production Beijing</source>
        <translation>例如：生产环境-北京</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>IAM user password</source>
        <translation>IAM 用户密码</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>账号名：</translation>
    </message>
    <message>
        <source>The account (domain) the IAM user belongs to</source>
        <translation>IAM 用户所属的账号（domain）</translation>
    </message>
    <message>
        <source>IAM user name:</source>
        <translation>IAM 用户名：</translation>
    </message>
    <message>
        <source>The account name again when signing in as the account</source>
        <translation>以账号本身登录时，再次填写账号名</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Show or hide what was typed</source>
        <translation>显示或隐藏输入的内容</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>访问密钥 ID（AK）：</translation>
    </message>
    <message>
        <source>AK, for example HPUAXXXXXXXXXXXXXXXX</source>
        <translation>AK，例如 HPUAXXXXXXXXXXXXXXXX</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>私有访问密钥（SK）：</translation>
    </message>
    <message>
        <source>Custom endpoints (optional)</source>
        <translation>自定义终端节点（可选）</translation>
    </message>
    <message>
        <source>ModelArts endpoint:</source>
        <translation>ModelArts 终端节点：</translation>
    </message>
    <message>
        <source>IAM endpoint:</source>
        <translation>IAM 终端节点：</translation>
    </message>
    <message>
        <source>Cloud domain:</source>
        <translation>云域名：</translation>
    </message>
    <message>
        <source>Leave empty to use the region&apos;s public endpoints.</source>
        <translation>留空则使用该区域的公共终端节点。</translation>
    </message>
    <message>
        <source>Project and workspace</source>
        <translation>项目和工作空间</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>项目 ID：</translation>
    </message>
    <message>
        <source>Resolved automatically</source>
        <translation>自动获取</translation>
    </message>
    <message>
        <source>Workspace ID:</source>
        <translation>工作空间 ID：</translation>
    </message>
    <message>
        <source>0 is the default workspace.</source>
        <translation>0 为默认工作空间。</translation>
    </message>
    <message>
        <source>Connect with this profile to list its workspaces.</source>
        <translation>使用此配置连接后才能列出其工作空间。</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <source>Submit training jobs with the v1 API, for accounts that still use it.</source>
        <translation>使用 v1 API 提交训练作业，适用于仍在使用该 API 的账号。</translation>
    </message>
    <message>
        <source>Use the legacy v1 training API</source>
        <translation>使用旧版 v1 训练 API</translation>
    </message>
    <message>
        <source>Monitoring data source (optional)</source>
        <translation>监控数据源（可选）</translation>
    </message>
    <message>
        <source>Prometheus URL:</source>
        <translation>Prometheus 地址：</translation>
    </message>
    <message>
        <source>The Monitoring dashboards query this Prometheus HTTP API. For AOM&apos;s Prometheus instance, its address, user name and password are on the instance&apos;s Settings page in AOM.</source>
        <translation>监控看板查询此 Prometheus HTTP API。AOM Prometheus 实例的地址、用户名和密码可在 AOM 中该实例的“设置”页面找到。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Empty when the server asks for no sign-in</source>
        <translation>服务器无需登录时留空</translation>
    </message>
    <message>
        <source>AOM&apos;s Prometheus instance, or any Prometheus HTTP API.</source>
        <translation>AOM 的 Prometheus 实例，或任意 Prometheus HTTP API。</translation>
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
    <name>RemoteSshDialog</name>
    <message>
        <source>Remote SSH</source>
        <translation>远程SSH</translation>
    </message>
    <message>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Name of an existing key pair</source>
        <translation>已有密钥对的名称</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Up to 5 IP addresses, separated by commas; empty allows all</source>
        <translation>最多 5 个 IP 地址，以逗号分隔；为空表示允许所有</translation>
    </message>
</context>
<context>
    <name>RenewForDialog</name>
    <message>
        <source>Renew Auto Stop</source>
        <translation>续期自动停止</translation>
    </message>
    <message>
        <source>Stop automatically in</source>
        <translation>自动停止时间</translation>
    </message>
    <message>
        <source>The countdown starts again from now. The running time counts towards billing.</source>
        <translation>倒计时从现在重新开始。运行时长计入计费。</translation>
    </message>
</context>
<context>
    <name>SaveAsAlgorithmDialog</name>
    <message>
        <source>Save as Algorithm</source>
        <translation>另存为算法</translation>
    </message>
    <message>
        <source>The job&apos;s code directory, boot file or boot command, image, hyperparameters and the names of its inputs and outputs become an algorithm in Algorithm Management. The data paths are not saved.</source>
        <translation>作业的代码目录、启动文件或启动命令、镜像、超参以及输入和输出的名称会保存为算法管理中的一个算法。数据路径不会保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>SaveImageDialog</name>
    <message>
        <source>Save Image</source>
        <translation>保存镜像</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>SWR organization, e.g. team-a</source>
        <translation>SWR 组织，例如 team-a</translation>
    </message>
    <message>
        <source>Image Name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Image Tag</source>
        <translation>镜像版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Saving takes about 5 minutes; do not operate on the notebook meanwhile. It shows Saving image and returns to Running; the image is then listed among the private images. Images over 35 GB or 125 layers cannot be saved; mounted storage is not part of the image.</source>
        <translation>保存约需 5 分钟，期间请勿操作该 Notebook。状态显示为“镜像保存中”，完成后恢复为“运行中”，镜像随后出现在私有镜像列表中。超过 35 GB 或 125 层的镜像无法保存；挂载的存储不包含在镜像中。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SshConnectDialog</name>
    <message>
        <source>Connect with VS Code / SSH</source>
        <translation>通过 VS Code / SSH 连接</translation>
    </message>
    <message>
        <source>Connect as ma-user with the private key of the notebook&apos;s key pair. In VS Code, use Remote-SSH and pick the host below once it is in your SSH config.</source>
        <translation>使用 Notebook 密钥对的私钥以 ma-user 身份连接。将下面的主机加入 SSH 配置后，在 VS Code 中通过 Remote-SSH 选择它。</translation>
    </message>
    <message>
        <source>Host name in the config</source>
        <translation>配置中的主机名</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Path of the key pair&apos;s private key (.pem)</source>
        <translation>密钥对私钥文件（.pem）的路径</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
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
    <name>Training</name>
    <message>
        <source>training job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>training jobs</source>
        <translation>训练作业</translation>
    </message>
</context>
<context>
    <name>TrainingJobText</name>
    <message numerus="yes">
        <source>%n vCPUs</source>
        <translation>
            <numerusform>%n 个 vCPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingJobValidator</name>
    <message>
        <source>Enter 1 to 64 characters.</source>
        <translation>请输入 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>Only letters, digits, hyphens (-), and underscores (_) are allowed.</source>
        <translation>只能包含字母、数字、中划线（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>A training job with this name already exists.</source>
        <translation>已存在同名的训练作业。</translation>
    </message>
    <message>
        <source>Enter up to 256 characters.</source>
        <translation>最多输入 256 个字符。</translation>
    </message>
    <message>
        <source>Select an algorithm.</source>
        <translation>请选择算法。</translation>
    </message>
    <message>
        <source>Select an engine.</source>
        <translation>请选择引擎。</translation>
    </message>
    <message>
        <source>Select an engine version.</source>
        <translation>请选择引擎版本。</translation>
    </message>
    <message>
        <source>Select a code directory.</source>
        <translation>请选择代码目录。</translation>
    </message>
    <message>
        <source>Enter an OBS folder path, for example obs://bucket/code/.</source>
        <translation>请输入 OBS 文件夹路径，例如 obs://bucket/code/。</translation>
    </message>
    <message>
        <source>Select a boot file.</source>
        <translation>请选择启动文件。</translation>
    </message>
    <message>
        <source>The boot file must be a Python file (.py).</source>
        <translation>启动文件必须是 Python 文件（.py）。</translation>
    </message>
    <message>
        <source>The boot file must be in the code directory.</source>
        <translation>启动文件必须位于代码目录中。</translation>
    </message>
    <message>
        <source>Enter a boot command.</source>
        <translation>请输入启动命令。</translation>
    </message>
    <message>
        <source>Enter an absolute path, for example /home/ma-user/modelarts/user-job-dir.</source>
        <translation>请输入绝对路径，例如 /home/ma-user/modelarts/user-job-dir。</translation>
    </message>
    <message>
        <source>Enter or select an image.</source>
        <translation>请输入或选择镜像。</translation>
    </message>
    <message>
        <source>Enter the image path without the domain name. The system adds it.</source>
        <translation>请输入不含域名的镜像路径，系统会自动添加域名。</translation>
    </message>
    <message>
        <source>Enter the image path in the format Organization name/Image name:Version name.</source>
        <translation>请按“组织名称/镜像名称:版本名称”的格式输入镜像路径。</translation>
    </message>
    <message>
        <source>Enter an integer from 0 to 65535.</source>
        <translation>请输入 0 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>Enter an integer from 1000 to 65535.</source>
        <translation>请输入 1000 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a parameter name.</source>
        <translation>请输入参数名称。</translation>
    </message>
    <message>
        <source>Parameter names must be unique.</source>
        <translation>参数名称不能重复。</translation>
    </message>
    <message>
        <source>Outputs can only be saved to OBS.</source>
        <translation>训练输出只能保存到 OBS。</translation>
    </message>
    <message>
        <source>Select a data path.</source>
        <translation>请选择数据路径。</translation>
    </message>
    <message>
        <source>Enter an OBS path, for example obs://bucket/data/.</source>
        <translation>请输入 OBS 路径，例如 obs://bucket/data/。</translation>
    </message>
    <message>
        <source>You can add up to 100 hyperparameters.</source>
        <translation>最多可添加 100 个超参。</translation>
    </message>
    <message>
        <source>This hyperparameter already exists.</source>
        <translation>该超参已存在。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>You can add up to 100 environment variables.</source>
        <translation>最多可添加 100 个环境变量。</translation>
    </message>
    <message>
        <source>This environment variable already exists.</source>
        <translation>该环境变量已存在。</translation>
    </message>
    <message>
        <source>Only letters, digits, and underscores (_) are allowed, and the name cannot start with a digit.</source>
        <translation>只能包含字母、数字和下划线（_），且不能以数字开头。</translation>
    </message>
    <message>
        <source>Names starting with MA_ may conflict with system environment variables.</source>
        <translation>以 MA_ 开头的名称可能与系统环境变量冲突。</translation>
    </message>
    <message>
        <source>Enter an integer from 1 to 128.</source>
        <translation>请输入 1 到 128 之间的整数。</translation>
    </message>
    <message>
        <source>Select a resource pool.</source>
        <translation>请选择资源池。</translation>
    </message>
    <message>
        <source>Select a resource type.</source>
        <translation>请选择资源类型。</translation>
    </message>
    <message>
        <source>Select a specification.</source>
        <translation>请选择规格。</translation>
    </message>
    <message>
        <source>Enter an integer from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Enter an integer greater than or equal to 1.</source>
        <translation>请输入大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>Select a priority from 1 to 3.</source>
        <translation>请选择 1 到 3 之间的优先级。</translation>
    </message>
    <message>
        <source>Priority 3 requires the modelarts:trainJob:setHighPriority permission.</source>
        <translation>优先级 3 需要 modelarts:trainJob:setHighPriority 权限。</translation>
    </message>
    <message>
        <source>You can add up to 5 mount configurations.</source>
        <translation>最多可添加 5 个挂载配置。</translation>
    </message>
    <message>
        <source>Select a file system.</source>
        <translation>请选择文件系统。</translation>
    </message>
    <message>
        <source>Enter a mount path.</source>
        <translation>请输入挂载路径。</translation>
    </message>
    <message>
        <source>Enter an absolute path.</source>
        <translation>请输入绝对路径。</translation>
    </message>
    <message>
        <source>This path is reserved by the system. Use another mount path.</source>
        <translation>该路径为系统保留路径，请使用其他挂载路径。</translation>
    </message>
    <message>
        <source>Each mount path can be used only once.</source>
        <translation>每个挂载路径只能使用一次。</translation>
    </message>
    <message>
        <source>Select a job log path.</source>
        <translation>请选择作业日志路径。</translation>
    </message>
    <message>
        <source>Enter an OBS folder path, for example obs://bucket/logs/.</source>
        <translation>请输入 OBS 文件夹路径，例如 obs://bucket/logs/。</translation>
    </message>
    <message>
        <source>Select a topic.</source>
        <translation>请选择主题。</translation>
    </message>
    <message>
        <source>Select at least one event.</source>
        <translation>请至少选择一个事件。</translation>
    </message>
    <message>
        <source>JobHanged is available only for GPU and Ascend jobs.</source>
        <translation>JobHanged 仅适用于 GPU 和 Ascend 作业。</translation>
    </message>
    <message>
        <source>Enter an integer from 1 to 720.</source>
        <translation>请输入 1 到 720 之间的整数。</translation>
    </message>
    <message>
        <source>Enter an absolute path, for example /home/ma-user/.ssh.</source>
        <translation>请输入绝对路径，例如 /home/ma-user/.ssh。</translation>
    </message>
    <message>
        <source>You can add up to 20 tags.</source>
        <translation>最多可添加 20 个标签。</translation>
    </message>
    <message>
        <source>This tag key already exists.</source>
        <translation>该标签键已存在。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message>
        <source>Enter 1 to 128 characters for the tag key.</source>
        <translation>标签键请输入 1 到 128 个字符。</translation>
    </message>
    <message>
        <source>Enter up to 255 characters for the tag value.</source>
        <translation>标签值最多输入 255 个字符。</translation>
    </message>
    <message>
        <source>Enter the code folder in SFS.</source>
        <translation>请输入 SFS 中的代码目录。</translation>
    </message>
    <message>
        <source>Enter an absolute path, for example /mnt/sfs_turbo/code/.</source>
        <translation>请输入绝对路径，例如 /mnt/sfs_turbo/code/。</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>请选择数据集。</translation>
    </message>
    <message>
        <source>Select a dataset version.</source>
        <translation>请选择数据集版本。</translation>
    </message>
    <message>
        <source>The algorithm requires the hyperparameter %1.</source>
        <translation>算法要求填写超参 %1。</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>请输入取值。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter true or false.</source>
        <translation>请输入 true 或 false。</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的取值。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下取值中选择：%1。</translation>
    </message>
    <message>
        <source>Enter the ID as AI Gallery shows it.</source>
        <translation>请按 AI Gallery 显示的样子输入 ID。</translation>
    </message>
    <message>
        <source>Enter the subscription ID.</source>
        <translation>请输入订阅 ID。</translation>
    </message>
    <message>
        <source>Enter the version ID.</source>
        <translation>请输入版本 ID。</translation>
    </message>
    <message>
        <source>Enter the metric the code prints, for example accuracy.</source>
        <translation>请输入代码打印的指标名称，例如 accuracy。</translation>
    </message>
    <message>
        <source>Choose at least one search algorithm.</source>
        <translation>请至少选择一种搜索算法。</translation>
    </message>
    <message>
        <source>%1 is not a search algorithm of ModelArts.</source>
        <translation>%1 不是 ModelArts 的搜索算法。</translation>
    </message>
    <message>
        <source>You can add up to 100 parameters.</source>
        <translation>最多可添加 100 个参数。</translation>
    </message>
    <message>
        <source>This parameter already exists.</source>
        <translation>该参数已存在。</translation>
    </message>
    <message>
        <source>%1 is a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 is a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>gamma is between 0 and 1.</source>
        <translation>gamma 的取值在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>kind is ucb, ei or poi.</source>
        <translation>kind 取值为 ucb、ei 或 poi。</translation>
    </message>
    <message>
        <source>Recommended: 10 to 20. More samples take longer and find better values.</source>
        <translation>建议 10 到 20。样本越多耗时越长，效果越好。</translation>
    </message>
    <message>
        <source>The algorithm defines no hyperparameter to search.</source>
        <translation>该算法未定义可搜索的超参。</translation>
    </message>
    <message>
        <source>Only Float hyperparameters can be searched.</source>
        <translation>仅支持搜索 Float 类型的超参。</translation>
    </message>
    <message>
        <source>Enter the lower and the upper bound as numbers.</source>
        <translation>请以数字输入下限和上限。</translation>
    </message>
    <message>
        <source>The lower bound must be less than the upper bound.</source>
        <translation>下限必须小于上限。</translation>
    </message>
</context>
<context>
    <name>TrainingMetrics</name>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>内存使用率</translation>
    </message>
    <message>
        <source>GPU usage</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>GPU memory usage</source>
        <translation>显存使用率</translation>
    </message>
    <message>
        <source>NPU usage</source>
        <translation>NPU 使用率</translation>
    </message>
    <message>
        <source>NPU memory usage</source>
        <translation>NPU 显存使用率</translation>
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
    <name>VpcInterconnection</name>
    <message>
        <source>%1 (%2)</source>
        <comment>subnet name (CIDR block)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Interconnect VPC</source>
        <translation>打通VPC</translation>
    </message>
    <message>
        <source>End the VPC interconnection of the network “%1”? The pool&apos;s nodes can no longer reach the VPC&apos;s subnets.</source>
        <translation>结束网络“%1”与 VPC 的打通？资源池的节点将无法再访问该 VPC 的子网。</translation>
    </message>
</context>
<context>
    <name>ma::api::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; is not a URL</source>
        <translation>链接“%1”不是有效的 URL</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ma::desktop::ConnectionManager</name>
    <message>
        <source>Cannot open the profile &quot;%1&quot;: %2</source>
        <translation>无法打开配置“%1”：%2</translation>
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
    <name>ma::desktop::DesktopWindow</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ma::desktop::LocalBackendHost</name>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the local backend did not start: %1</source>
        <translation>本地后端未能启动：%1</translation>
    </message>
</context>
<context>
    <name>ma::desktop::ProfileDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region display name (region id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose or type a region ID</source>
        <translation>选择或输入区域 ID</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <source>Connect with this profile to list its workspaces.</source>
        <translation>使用此配置连接后才能列出其工作空间。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>Edit profile &quot;%1&quot;</source>
        <translation>编辑连接配置“%1”</translation>
    </message>
    <message>
        <source>List the workspaces of this profile&apos;s project</source>
        <translation>列出此配置所属项目的工作空间</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved.</source>
        <translation>名称“%1”为保留名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的连接配置。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>请选择区域。</translation>
    </message>
    <message>
        <source>A region ID has lower-case letters, digits and hyphens, such as cn-north-4.</source>
        <translation>区域 ID 由小写字母、数字和中划线组成，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>Unknown region: give its ModelArts endpoint under Custom endpoints.</source>
        <translation>未知区域：请在“自定义终端节点”中填写其 ModelArts 终端节点。</translation>
    </message>
    <message>
        <source>Enter the account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>请输入访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>The access key ID must not contain spaces.</source>
        <translation>访问密钥 ID（AK）不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>请输入私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter a full address such as https://modelarts.example.com.</source>
        <translation>请输入完整地址，例如 https://modelarts.example.com。</translation>
    </message>
    <message>
        <source>Use https://; http:// is allowed only for this computer (localhost).</source>
        <translation>请使用 https://；仅本机（localhost）允许使用 http://。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The address must not have a query or fragment.</source>
        <translation>地址不能包含查询参数或片段。</translation>
    </message>
    <message>
        <source>Enter a domain such as myhuaweicloud.com, without https:// or a path.</source>
        <translation>请输入域名，例如 myhuaweicloud.com，不含 https:// 或路径。</translation>
    </message>
    <message>
        <source>A project ID has only letters, digits, hyphens and underscores.</source>
        <translation>项目 ID 只能包含字母、数字、中划线和下划线。</translation>
    </message>
    <message>
        <source>Enter a workspace ID; 0 is the default workspace.</source>
        <translation>请输入工作空间 ID；0 为默认工作空间。</translation>
    </message>
    <message>
        <source>A workspace ID has only letters, digits, hyphens and underscores.</source>
        <translation>工作空间 ID 只能包含字母、数字、中划线和下划线。</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>已保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept in memory until the app quits.</source>
        <translation>没有可用的系统密钥环：密钥仅保存在内存中，直到应用退出。</translation>
    </message>
    <message>
        <source>Not stored: enter it</source>
        <translation>未保存：请输入</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>The profile cannot be saved here.</source>
        <translation>无法在此处保存该连接配置。</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The workspaces could not be listed: %1</source>
        <translation>无法列出工作空间：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>workspace name (id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No workspaces</source>
        <translation>无工作空间</translation>
    </message>
    <message>
        <source>Enter the address of the Prometheus HTTP API.</source>
        <translation>请输入 Prometheus HTTP API 的地址。</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>请输入与密码对应的用户名。</translation>
    </message>
</context>
<context>
    <name>ma::desktop::ProfilesPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>region display name (region id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Built-in: modelarts-local on this computer</source>
        <translation>内置：本机上的 modelarts-local</translation>
    </message>
    <message>
        <source>Access key %1</source>
        <translation>访问密钥 %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>IAM user %1 of %2</source>
        <translation>%2 的 IAM 用户 %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Add a Huawei Cloud profile</source>
        <translation>添加华为云连接配置</translation>
    </message>
    <message>
        <source>Connect the window with the selected profile</source>
        <translation>使用所选配置连接窗口</translation>
    </message>
    <message>
        <source>The profile in bold is the one the window is connected with. Double-click a profile to connect with it.</source>
        <translation>粗体显示的是窗口当前连接的配置。双击某个配置即可使用它连接。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Built-in profile; it cannot be edited or removed.</source>
        <translation>内置配置，不能编辑或移除。</translation>
    </message>
    <message>
        <source>Connected with this profile</source>
        <translation>已使用此配置连接</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? The window stays connected until you connect with another profile. Its stored secret is deleted as well.</source>
        <translation>移除连接配置“%1”？在连接其他配置之前，窗口将保持连接。其保存的密钥也会一并删除。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its stored secret is deleted as well.</source>
        <translation>移除连接配置“%1”？其保存的密钥也会一并删除。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除连接配置</translation>
    </message>
</context>
<context>
    <name>ma::desktop::ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>a connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>the job to be submitted</source>
        <translation>作业提交</translation>
    </message>
    <message>
        <source>the job to complete</source>
        <translation>作业完成</translation>
    </message>
    <message>
        <source>the log line</source>
        <translation>日志行</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshots.</source>
        <translation>
            <numerusform>已保存 %n 张截图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>等待%1超时。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>the pools</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>the notebook form</source>
        <translation>Notebook创建表单</translation>
    </message>
    <message>
        <source>the notebook to start</source>
        <translation>Notebook 启动</translation>
    </message>
    <message>
        <source>the node map</source>
        <translation>节点视图</translation>
    </message>
    <message>
        <source>the job comparison</source>
        <translation>作业对比</translation>
    </message>
    <message>
        <source>the networks</source>
        <translation>网络列表</translation>
    </message>
    <message>
        <source>the pool&apos;s nodes</source>
        <translation>资源池的节点</translation>
    </message>
    <message>
        <source>the pool form</source>
        <translation>资源池表单</translation>
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
    <name>ma::models</name>
    <message>
        <source>Enter an IPv4 CIDR block such as 172.16.0.0/16.</source>
        <translation>请输入 IPv4 网段，例如 172.16.0.0/16。</translation>
    </message>
    <message>
        <source>The block has host bits set: the address must be the first address of the block.</source>
        <translation>网段设置了主机位：地址必须是网段的第一个地址。</translation>
    </message>
    <message>
        <source>The subnet mask must be 8 to 28.</source>
        <translation>子网掩码必须为 8 到 28。</translation>
    </message>
    <message>
        <source>Enter a cluster name.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <source>The name must be 4 to 25 characters long.</source>
        <translation>名称长度必须为 4 到 25 个字符。</translation>
    </message>
    <message>
        <source>The name must start with a lowercase letter.</source>
        <translation>名称必须以小写字母开头。</translation>
    </message>
    <message>
        <source>The name cannot end with a hyphen (-).</source>
        <translation>名称不能以中划线（-）结尾。</translation>
    </message>
    <message>
        <source>Only lowercase letters, digits and hyphens (-) are allowed.</source>
        <translation>只能包含小写字母、数字和中划线（-）。</translation>
    </message>
    <message>
        <source>A resource pool with this name already exists.</source>
        <translation>已存在同名资源池。</translation>
    </message>
    <message>
        <source>Select at least one job type.</source>
        <translation>请至少选择一种作业类型。</translation>
    </message>
    <message>
        <source>Select a network.</source>
        <translation>请选择网络。</translation>
    </message>
    <message>
        <source>The network no longer exists. Select another one.</source>
        <translation>该网络已不存在，请选择其他网络。</translation>
    </message>
    <message>
        <source>The network is not active yet. Wait until it is Active or select another one.</source>
        <translation>该网络尚未就绪。请等待其变为 Active，或选择其他网络。</translation>
    </message>
    <message>
        <source>Add at least one specification.</source>
        <translation>请至少添加一个规格。</translation>
    </message>
    <message>
        <source>A resource pool can have at most 10 specifications.</source>
        <translation>一个资源池最多 10 个规格。</translation>
    </message>
    <message>
        <source>Select a specification.</source>
        <translation>请选择规格。</translation>
    </message>
    <message>
        <source>Each specification can be added only once.</source>
        <translation>每个规格只能添加一次。</translation>
    </message>
    <message>
        <source>This specification is not offered in this region.</source>
        <translation>本区域不提供该规格。</translation>
    </message>
    <message>
        <source>All specifications must have the CPU architecture chosen above (x86 or Arm64).</source>
        <translation>所有规格的 CPU 架构必须与上方所选一致（x86 或 Arm64）。</translation>
    </message>
    <message>
        <source>This specification is sold out. Select another one.</source>
        <translation>该规格已售罄，请选择其他规格。</translation>
    </message>
    <message>
        <source>AZ instance counts cannot be negative.</source>
        <translation>可用区实例数不能为负数。</translation>
    </message>
    <message>
        <source>Set the number of instances in at least one AZ.</source>
        <translation>请至少在一个可用区设置实例数。</translation>
    </message>
    <message>
        <source>Enter at least 1 instance.</source>
        <translation>请输入至少 1 个实例。</translation>
    </message>
    <message>
        <source>Creating more than 30 instances at a time may fail because of traffic limiting.</source>
        <translation>单次创建超过 30 个实例可能因流控而失败。</translation>
    </message>
    <message>
        <source>Select an operating system.</source>
        <translation>请选择操作系统。</translation>
    </message>
    <message>
        <source>The system disk must be 40 to 1,024 GiB.</source>
        <translation>系统盘必须为 40 到 1,024 GiB。</translation>
    </message>
    <message>
        <source>The container disk must be 10 to 32,768 GiB.</source>
        <translation>容器盘必须为 10 到 32,768 GiB。</translation>
    </message>
    <message>
        <source>A data disk must be 10 to 32,768 GiB.</source>
        <translation>数据盘必须为 10 到 32,768 GiB。</translation>
    </message>
    <message>
        <source>Enter at least 1 disk.</source>
        <translation>请输入至少 1 块磁盘。</translation>
    </message>
    <message>
        <source>The container engine space must be at least 50 GiB.</source>
        <translation>容器引擎空间至少为 50 GiB。</translation>
    </message>
    <message>
        <source>The container engine space cannot exceed the container disk (%1 GiB).</source>
        <translation>容器引擎空间不能超过容器盘（%1 GiB）。</translation>
    </message>
    <message>
        <source>Select a driver version.</source>
        <translation>请选择驱动版本。</translation>
    </message>
    <message>
        <source>The redundant instances must be fewer than the instances of the specification.</source>
        <translation>冗余实例数必须少于该规格的实例数。</translation>
    </message>
    <message>
        <source>The description can contain at most 256 characters.</source>
        <translation>描述最多 256 个字符。</translation>
    </message>
    <message>
        <source>A resource pool can have at most 20 tags.</source>
        <translation>一个资源池最多 20 个标签。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message>
        <source>A tag key can contain at most 128 characters.</source>
        <translation>标签键最多 128 个字符。</translation>
    </message>
    <message>
        <source>Tag keys must be unique.</source>
        <translation>标签键不能重复。</translation>
    </message>
    <message>
        <source>A tag value can contain at most 255 characters.</source>
        <translation>标签值最多 255 个字符。</translation>
    </message>
    <message>
        <source>Enter the K8S container network CIDR block.</source>
        <translation>请输入 K8S 容器网段。</translation>
    </message>
    <message>
        <source>Enter the Kubernetes service CIDR block.</source>
        <translation>请输入 Kubernetes 服务网段。</translation>
    </message>
    <message>
        <source>The service CIDR block cannot overlap the container CIDR block.</source>
        <translation>服务网段不能与容器网段重叠。</translation>
    </message>
    <message>
        <source>The block cannot overlap the network&apos;s CIDR block (%1).</source>
        <translation>该网段不能与网络的网段（%1）重叠。</translation>
    </message>
    <message>
        <source>Enter a CIDR block.</source>
        <translation>请输入网段。</translation>
    </message>
    <message>
        <source>Enter an IPv4 CIDR block such as 192.168.0.0/16.</source>
        <translation>请输入 IPv4 网段，例如 192.168.0.0/16。</translation>
    </message>
    <message>
        <source>The block cannot overlap the container CIDR block 172.16.0.0/16.</source>
        <translation>网段不能与容器网段 172.16.0.0/16 重叠。</translation>
    </message>
    <message>
        <source>The block cannot overlap the service CIDR block 10.247.0.0/16.</source>
        <translation>网段不能与服务网段 10.247.0.0/16 重叠。</translation>
    </message>
    <message>
        <source>Enter a network name.</source>
        <translation>请输入网络名称。</translation>
    </message>
    <message>
        <source>The name must be 4 to 64 characters long.</source>
        <translation>名称长度必须为 4 到 64 个字符。</translation>
    </message>
    <message>
        <source>Only lowercase letters, digits and hyphens (-) are allowed. The name must start with a lowercase letter and cannot end with a hyphen.</source>
        <translation>只能包含小写字母、数字和中划线（-），必须以小写字母开头，不能以中划线结尾。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>The name can contain a maximum of 128 characters.</source>
        <translation>名称最多可包含128个字符。</translation>
    </message>
    <message>
        <source>Only digits, letters, underscores (_), and hyphens (-) are allowed.</source>
        <translation>只能包含数字、字母、下划线（_）和中划线（-）。</translation>
    </message>
    <message>
        <source>The description can contain a maximum of 512 characters.</source>
        <translation>描述最多可包含512个字符。</translation>
    </message>
    <message>
        <source>The description cannot contain the following characters: &amp;&lt;&gt;&quot;&apos;/</source>
        <translation>描述不能包含以下字符：&amp;&lt;&gt;&quot;&apos;/</translation>
    </message>
    <message>
        <source>Enter the auto stop duration.</source>
        <translation>请输入自动停止时长。</translation>
    </message>
    <message>
        <source>Enter an integer from 1 to 72.</source>
        <translation>请输入1到72之间的整数。</translation>
    </message>
    <message>
        <source>Select an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>The selected image no longer exists. Select another image.</source>
        <translation>所选镜像已不存在，请选择其他镜像。</translation>
    </message>
    <message>
        <source>The selected image does not support the %1 type.</source>
        <translation>所选镜像不支持%1类型。</translation>
    </message>
    <message>
        <source>Select a dedicated resource pool.</source>
        <translation>请选择专属资源池。</translation>
    </message>
    <message>
        <source>The resource pool no longer exists. Select another pool.</source>
        <translation>资源池已不存在，请选择其他资源池。</translation>
    </message>
    <message>
        <source>The resource pool is not running.</source>
        <translation>资源池未处于运行中。</translation>
    </message>
    <message>
        <source>The resource pool does not accept notebooks (DevEnviron is not a job type).</source>
        <translation>该资源池不接受Notebook（作业类型中没有开发环境）。</translation>
    </message>
    <message>
        <source>Select a flavor.</source>
        <translation>请选择规格。</translation>
    </message>
    <message>
        <source>The flavor is not of the %1 type.</source>
        <translation>该规格不是%1类型。</translation>
    </message>
    <message>
        <source>This flavor is sold out. Select another flavor.</source>
        <translation>该规格已售罄，请选择其他规格。</translation>
    </message>
    <message>
        <source>The flavor does not match the nodes of the resource pool.</source>
        <translation>该规格与资源池的节点不匹配。</translation>
    </message>
    <message>
        <source>The disk size must be from 5 GB to 4,096 GB.</source>
        <translation>磁盘规格必须在5 GB到4,096 GB之间。</translation>
    </message>
    <message>
        <source>SFS can be used only with a dedicated resource pool.</source>
        <translation>SFS仅可用于专属资源池。</translation>
    </message>
    <message>
        <source>Select a Scalable File Service.</source>
        <translation>请选择弹性文件服务。</translation>
    </message>
    <message>
        <source>Select a mounted subdirectory.</source>
        <translation>请选择挂载子目录。</translation>
    </message>
    <message>
        <source>The subdirectory must start with a slash (/).</source>
        <translation>子目录必须以斜杠（/）开头。</translation>
    </message>
    <message>
        <source>Enter a storage path.</source>
        <translation>请输入存储位置。</translation>
    </message>
    <message>
        <source>The storage path must start with obs://.</source>
        <translation>存储位置必须以obs://开头。</translation>
    </message>
    <message>
        <source>Enter a bucket name after obs://.</source>
        <translation>请在obs://后输入桶名称。</translation>
    </message>
    <message>
        <source>Select a directory in a bucket. The bucket root cannot be used.</source>
        <translation>请选择桶中的目录，不能使用桶的根目录。</translation>
    </message>
    <message>
        <source>Select a secret.</source>
        <translation>请选择密钥。</translation>
    </message>
    <message>
        <source>At most 5 directories of each type can be mounted.</source>
        <translation>每种类型最多可挂载5个目录。</translation>
    </message>
    <message>
        <source>Enter a mount directory.</source>
        <translation>请输入挂载目录。</translation>
    </message>
    <message>
        <source>The mount directory must start with a slash (/).</source>
        <translation>挂载目录必须以斜杠（/）开头。</translation>
    </message>
    <message>
        <source>The mount directory cannot start with %1.</source>
        <translation>挂载目录不能以%1开头。</translation>
    </message>
    <message>
        <source>The mount directory must be unique.</source>
        <translation>挂载目录不能重复。</translation>
    </message>
    <message>
        <source>Set a key pair after remote SSH is enabled.</source>
        <translation>开启远程SSH后，请设置密钥对。</translation>
    </message>
    <message>
        <source>A maximum of 5 IP addresses can be added. Separate them with commas (,).</source>
        <translation>最多可添加5个IP地址，用英文逗号（,）分隔。</translation>
    </message>
    <message>
        <source>%1 is entered more than once.</source>
        <translation>%1重复输入。</translation>
    </message>
    <message>
        <source>A maximum of 20 tags can be added.</source>
        <translation>最多可添加20个标签。</translation>
    </message>
    <message>
        <source>A tag key cannot start with _sys_.</source>
        <translation>标签键不能以_sys_开头。</translation>
    </message>
    <message>
        <source>A tag key can contain only letters, digits, spaces, and the characters _ . : = + - @</source>
        <translation>标签键只能包含字母、数字、空格和字符 _ . : = + - @</translation>
    </message>
    <message>
        <source>A tag value can contain only letters, digits, spaces, and the characters _ . : / = + - @</source>
        <translation>标签值只能包含字母、数字、空格和字符 _ . : / = + - @</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address or CIDR block.</source>
        <translation>%1不是有效的IP地址或CIDR网段。</translation>
    </message>
</context>
<context>
    <name>ma::models::AlgorithmListModel</name>
    <message>
        <source>Custom image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Preset image</source>
        <translation>预置镜像</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>engine name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Boot Mode</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>engine or custom image of an algorithm</comment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
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
    <name>ma::models::FragmentsModel</name>
    <message>
        <source>How many tasks of this size the idle cards can run now (a task&apos;s cards are on one node)</source>
        <translation>空闲卡现在可运行的该规模任务数（一个任务的卡位于同一节点）</translation>
    </message>
    <message>
        <source>Idle cards that tasks of this size cannot use: fragments</source>
        <translation>该规模任务无法使用的空闲卡，即碎片</translation>
    </message>
    <message>
        <source>Cards per task</source>
        <translation>每任务卡数</translation>
    </message>
    <message>
        <source>Tasks that fit</source>
        <translation>可容纳任务数</translation>
    </message>
    <message>
        <source>Nodes with room</source>
        <translation>有余量的节点</translation>
    </message>
    <message>
        <source>Fragment cards</source>
        <translation>碎片卡数</translation>
    </message>
</context>
<context>
    <name>ma::models::JobComparisonLoader</name>
    <message numerus="yes">
        <source>%n jobs could not be read:</source>
        <translation>
            <numerusform>%n 个作业无法读取：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ma::models::JobComparisonModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Custom image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>AI engine</source>
        <translation>AI 引擎</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>Code directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Boot command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Local code directory</source>
        <translation>本地代码目录</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Compute nodes</source>
        <translation>计算节点个数</translation>
    </message>
    <message>
        <source>Job priority</source>
        <translation>作业优先级</translation>
    </message>
    <message>
        <source>Job log path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>%1 (input)</source>
        <translation>%1（输入）</translation>
    </message>
    <message>
        <source>%1 (input), local path</source>
        <translation>%1（输入），本地路径</translation>
    </message>
    <message>
        <source>%1 (output)</source>
        <translation>%1（输出）</translation>
    </message>
    <message>
        <source>%1 (output), local path</source>
        <translation>%1（输出），本地路径</translation>
    </message>
    <message>
        <source>Job</source>
        <comment>comparison section: status, description, times</comment>
        <translation>作业</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation>输入和输出</translation>
    </message>
    <message numerus="yes">
        <source>%n settings differ</source>
        <translation>
            <numerusform>%n 项设置不同</numerusform>
        </translation>
    </message>
    <message>
        <source>The same in every job</source>
        <translation>所有作业中相同</translation>
    </message>
    <message>
        <source>Shown for context; not compared</source>
        <translation>仅供参考；不参与对比</translation>
    </message>
    <message>
        <source>The jobs differ in this setting</source>
        <translation>各作业的此项设置不同</translation>
    </message>
    <message>
        <source>A sensitive value: hidden, but compared</source>
        <translation>敏感值：已隐藏，但参与对比</translation>
    </message>
    <message>
        <source>Not set in this job</source>
        <translation>此作业未设置</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>作业 ID：%1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ma::models::LocalObsStore</name>
    <message>
        <source>The bucket &quot;%1&quot; already exists.</source>
        <translation>桶“%1”已存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist.</source>
        <translation>桶“%1”不存在。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot import the root folder %1.</source>
        <translation>无法导入根文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot import %1 into itself.</source>
        <translation>无法将 %1 导入其自身。</translation>
    </message>
    <message>
        <source>%1 already contains &quot;%2&quot;. Choose another destination or rename the folder.</source>
        <translation>%1 中已包含“%2”。请选择其他目标位置或重命名该文件夹。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ma::models::MetricsQueryRunner</name>
    <message>
        <source>No Prometheus data source is configured.</source>
        <translation>未配置 Prometheus 数据源。</translation>
    </message>
    <message>
        <source>The data source refused the query (%1): %2</source>
        <translation>数据源拒绝了查询（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ma::models::NetworkListModel</name>
    <message>
        <source>Addresses of the CIDR block not taken by the nodes of its pools (the network, gateway and broadcast addresses left out)</source>
        <translation>网段中未被其资源池节点占用的地址数（不含网络地址、网关地址和广播地址）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CIDR Block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Interconnected Subnets</source>
        <translation>已打通子网</translation>
    </message>
    <message>
        <source>Resource Pools</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Available IP Addresses</source>
        <translation>可用 IP 地址数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
</context>
<context>
    <name>ma::models::NotebookEventModel</name>
    <message>
        <source>Info</source>
        <comment>event severity</comment>
        <translation>信息</translation>
    </message>
    <message>
        <source>Major</source>
        <comment>event severity</comment>
        <translation>重要</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>event severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>event severity</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>event severity</comment>
        <translation>级别</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>ma::models::NotebookListModel</name>
    <message>
        <source>Stopping…</source>
        <comment>auto stop reached</comment>
        <translation>即将停止…</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Time left before a running notebook stops automatically; renew to run longer</source>
        <translation>运行中的 Notebook 自动停止前的剩余时间；续期可延长运行</translation>
    </message>
    <message>
        <source>Name/ID</source>
        <translation>名称/ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Auto Stop</source>
        <comment>remaining time column</comment>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
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
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
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
        <source>Stops automatically at %1</source>
        <translation>将于 %1 自动停止</translation>
    </message>
    <message>
        <source>Operation</source>
        <comment>column of per-row operation links</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>ID: %1
Created by: %2</source>
        <translation>ID：%1
创建者：%2</translation>
    </message>
</context>
<context>
    <name>ma::models::OverviewTopJobsModel</name>
    <message>
        <source> on %1 nodes</source>
        <translation>（%1 个节点）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>cards × GPU or NPU</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>usage in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Resource Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Usage</source>
        <comment>average GPU/NPU (or CPU) usage of a job</comment>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
</context>
<context>
    <name>ma::models::PoolEventModel</name>
    <message>
        <source>Event Type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Cause</source>
        <comment>event reason</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Event Message</source>
        <translation>事件信息</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>event type</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>event type</comment>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>ma::models::PoolListModel</name>
    <message>
        <source>Name/ID</source>
        <translation>名称/ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Node Status</source>
        <comment>available/abnormal/creating/deleting</comment>
        <translation>节点状态</translation>
    </message>
    <message>
        <source>Available/Total Nodes</source>
        <translation>可用/总节点数</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>resource pool type</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Job Type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>%1 available, %2 abnormal, %3 creating, %4 deleting</source>
        <translation>%1 个可用，%2 个异常，%3 个创建中，%4 个删除中</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>available/total nodes</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <comment>resource pool type</comment>
        <translation>专属</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 个可用</translation>
    </message>
    <message>
        <source>%1 abnormal</source>
        <translation>%1 个异常</translation>
    </message>
    <message>
        <source>%1 creating</source>
        <translation>%1 个创建中</translation>
    </message>
    <message>
        <source>%1 deleting</source>
        <translation>%1 个删除中</translation>
    </message>
    <message>
        <source>No nodes</source>
        <translation>无节点</translation>
    </message>
</context>
<context>
    <name>ma::models::PoolNodeListModel</name>
    <message>
        <source>Node Name</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resource Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>AZ</source>
        <comment>availability zone</comment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>CPUs (Available/Total)</source>
        <translation>CPU（可用/总数）</translation>
    </message>
    <message>
        <source>GPUs/NPUs (Available/Total)</source>
        <translation>GPU/NPU（可用/总数）</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>HA Redundancy</source>
        <translation>高可用冗余</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Resource Tags</source>
        <translation>资源标签</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>available/total</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>GPU available/total</comment>
        <translation>%1+ {1 %2/%3?}</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>driver version (state)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>HA redundant</source>
        <translation>高可用冗余</translation>
    </message>
    <message>
        <source>Non-HA redundant</source>
        <translation>非高可用冗余</translation>
    </message>
</context>
<context>
    <name>ma::models::PoolWorkloadModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>workload type</comment>
        <translation>类型</translation>
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
        <source>Queue Position</source>
        <translation>排队位置</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>job priority</comment>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ma::models::SshConfigWriter</name>
    <message>
        <source>The host entry needs a one-word name without wildcards and a host name.</source>
        <translation>Host 条目需要一个不含通配符的单词名称和主机地址。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ma::models::TaskLogDownload</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>the log link &quot;%1&quot; is not a URL</source>
        <translation>日志链接“%1”不是 URL</translation>
    </message>
</context>
<context>
    <name>ma::models::TrainingEventModel</name>
    <message>
        <source>Event Type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Event Message</source>
        <translation>事件信息</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
</context>
<context>
    <name>ma::models::TrainingJobDraft</name>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Predownload</source>
        <translation>预下载</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>SSH mutual trust</source>
        <translation>SSH 互信</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>High performance mode</source>
        <translation>高性能模式</translation>
    </message>
    <message>
        <source>Fault diagnosis mode</source>
        <translation>故障诊断模式</translation>
    </message>
    <message>
        <source>Code directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Local code directory</source>
        <translation>本地代码目录</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Outputs after the first</source>
        <translation>第一个之后的输出</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Auto restart</source>
        <translation>自动重启</translation>
    </message>
    <message>
        <source>Job priority</source>
        <translation>作业优先级</translation>
    </message>
    <message>
        <source>Event notification</source>
        <translation>事件通知</translation>
    </message>
    <message>
        <source>Auto stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参搜索</translation>
    </message>
    <message>
        <source>My subscription</source>
        <translation>我的订阅</translation>
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
    <message>
        <source>Low %1 usage: worker-0 has averaged %2 % since the job started (the alarm is under %3 %).</source>
        <translation>%1 利用率低：worker-0 自作业启动以来平均为 %2 %（告警阈值为低于 %3 %）。</translation>
    </message>
    <message>
        <source>Low %1 %2 %</source>
        <comment>low-utilisation mark: accelerator kind, average usage</comment>
        <translation>%1 利用率低 %2 %</translation>
    </message>
</context>
<context>
    <name>ma::models::TrainingJobV1ListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API</source>
        <comment>which ModelArts API a job was created with</comment>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Versions</source>
        <comment>number of versions of a v1 training job</comment>
        <translation>版本数</translation>
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
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Created with the legacy v1 training API</source>
        <translation>通过旧版 v1 训练 API 创建</translation>
    </message>
    <message>
        <source>%1 (v1 status %2)</source>
        <translation>%1（v1 状态 %2）</translation>
    </message>
</context>
<context>
    <name>ma::models::TrainingLogBatchDownload</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ma::models::TransitionNotifier</name>
    <message>
        <source>Ran for %1.</source>
        <translation>运行了 %1。</translation>
    </message>
    <message>
        <source>Training job “%1”: %2</source>
        <translation>训练作业“%1”：%2</translation>
    </message>
    <message>
        <source>Resource pool “%1”: %2</source>
        <translation>资源池“%1”：%2</translation>
    </message>
    <message>
        <source>Notebook “%1”: %2</source>
        <translation>Notebook“%1”：%2</translation>
    </message>
    <message>
        <source>Open it for its events and logs.</source>
        <translation>打开它查看事件和日志。</translation>
    </message>
    <message>
        <source>Training job “%1” no longer exists</source>
        <translation>训练作业“%1”已不存在</translation>
    </message>
    <message>
        <source>Resource pool “%1” no longer exists</source>
        <translation>资源池“%1”已不存在</translation>
    </message>
    <message>
        <source>Notebook “%1” no longer exists</source>
        <translation>Notebook“%1”已不存在</translation>
    </message>
    <message>
        <source>It was deleted and is no longer watched.</source>
        <translation>它已被删除，不再关注。</translation>
    </message>
    <message numerus="yes">
        <source>Notebook “%1” stops in %n min</source>
        <comment>auto stop warning</comment>
        <translation>
            <numerusform>Notebook“%1”将在 %n 分钟后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>Its auto stop is set for %1. Renew it to keep it running.</source>
        <translation>其自动停止时间为 %1。续期可使其继续运行。</translation>
    </message>
</context>
<context>
    <name>ma::ui::AlgorithmDetailsPage</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no constraint</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>lower and upper bound</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>数据路径</translation>
    </message>
    <message>
        <source>Dataset or data path</source>
        <translation>数据集或数据路径</translation>
    </message>
    <message>
        <source>Algorithm Management</source>
        <translation>算法管理</translation>
    </message>
    <message>
        <source>Back to the list of algorithms</source>
        <translation>返回算法列表</translation>
    </message>
    <message>
        <source>Reload the algorithm</source>
        <translation>重新加载算法</translation>
    </message>
    <message>
        <source>Create Training Job</source>
        <translation>创建训练作业</translation>
    </message>
    <message>
        <source>Create a training job that runs this algorithm</source>
        <translation>创建运行此算法的训练作业</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this algorithm</source>
        <translation>删除此算法</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Training Constraints</source>
        <translation>训练约束</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Data Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Constraint</source>
        <comment>range or enumeration of a hyperparameter</comment>
        <translation>约束</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Supported Policies</source>
        <translation>支持的策略</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Boot Mode</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Custom image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Preset image</source>
        <translation>预置镜像</translation>
    </message>
    <message>
        <source>Code Directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot Command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Boot File</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Local Code Directory</source>
        <translation>本地代码目录</translation>
    </message>
    <message>
        <source>Work Directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Custom hyperparameters</source>
        <translation>自定义超参</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Resource Type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Multicard Training</source>
        <translation>多卡训练</translation>
    </message>
    <message>
        <source>Distributed Training</source>
        <translation>分布式训练</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>This algorithm does not support auto search (no supported policy).</source>
        <translation>此算法不支持超参自动搜索（没有支持的策略）。</translation>
    </message>
    <message>
        <source>Auto search (autoSearch)</source>
        <translation>超参自动搜索（autoSearch）</translation>
    </message>
    <message>
        <source>Search indicator: %1 (%2)</source>
        <translation>搜索指标：%1（%2）</translation>
    </message>
    <message>
        <source>Search parameter: %1 from %2 to %3</source>
        <translation>搜索参数：%1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>Search algorithm: %1</source>
        <translation>搜索算法：%1</translation>
    </message>
    <message>
        <source>Training jobs created from it keep running. Its code in OBS is not deleted.</source>
        <translation>由它创建的训练作业会继续运行。其在 OBS 中的代码不会删除。</translation>
    </message>
</context>
<context>
    <name>ma::ui::AlgorithmPickerDialog</name>
    <message>
        <source>The algorithms could not be loaded: %1</source>
        <translation>无法加载算法：%1</translation>
    </message>
    <message>
        <source>No algorithms yet. Save a training job as an algorithm from its details page (More &gt; Save as Algorithm).</source>
        <translation>还没有算法。可在训练作业详情页将作业另存为算法（更多 &gt; 另存为算法）。</translation>
    </message>
    <message>
        <source>No algorithms match the search.</source>
        <translation>没有与搜索匹配的算法。</translation>
    </message>
</context>
<context>
    <name>ma::ui::AlgorithmsPage</name>
    <message>
        <source>Create Training Job</source>
        <translation>创建训练作业</translation>
    </message>
    <message>
        <source>Create a training job that runs the selected algorithm</source>
        <translation>创建运行所选算法的训练作业</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected algorithms</source>
        <translation>删除所选算法</translation>
    </message>
    <message>
        <source>Algorithm Management</source>
        <translation>算法管理</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Reload the list of algorithms</source>
        <translation>重新加载算法列表</translation>
    </message>
    <message>
        <source>Export Algorithms</source>
        <translation>导出算法</translation>
    </message>
    <message>
        <source>Save the algorithms shown as a CSV file</source>
        <translation>将显示的算法保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Loading algorithms…</source>
        <translation>正在加载算法…</translation>
    </message>
    <message>
        <source>The algorithms could not be loaded. Refresh to try again.</source>
        <translation>无法加载算法。请刷新重试。</translation>
    </message>
    <message>
        <source>Could not load the algorithms</source>
        <translation>无法加载算法</translation>
    </message>
    <message>
        <source>No algorithms yet. Save a training job&apos;s settings as an algorithm from its details page (More &gt; Save as Algorithm).</source>
        <translation>还没有算法。可在训练作业详情页将作业的设置另存为算法（更多 &gt; 另存为算法）。</translation>
    </message>
    <message>
        <source>No algorithms match the search</source>
        <translation>没有与搜索匹配的算法</translation>
    </message>
    <message>
        <source>1 algorithm</source>
        <translation>1 个算法</translation>
    </message>
    <message>
        <source>%1 algorithms</source>
        <translation>%1 个算法</translation>
    </message>
    <message>
        <source>Delete algorithms</source>
        <translation>删除算法</translation>
    </message>
    <message>
        <source>Training jobs created from them keep running. Their code in OBS is not deleted.</source>
        <translation>由它们创建的训练作业会继续运行。它们在 OBS 中的代码不会删除。</translation>
    </message>
</context>
<context>
    <name>ma::ui::AutoSearchResultsTab</name>
    <message>
        <source>No trial has run yet.</source>
        <translation>尚未运行任何试验。</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1（最佳）</translation>
    </message>
    <message>
        <source>Best %1 %2 in trial %3 of %4: %5</source>
        <translation>最佳 %1 为 %2，出现在第 %3 个试验（共 %4 个）：%5</translation>
    </message>
    <message>
        <source>No trial has printed the metric %1 yet.</source>
        <translation>尚无试验打印指标 %1。</translation>
    </message>
</context>
<context>
    <name>ma::ui::ChangeImageDialog</name>
    <message>
        <source>Change</source>
        <translation>更换</translation>
    </message>
</context>
<context>
    <name>ma::ui::ChannelEditor</name>
    <message>
        <source>No input channel.</source>
        <translation>无训练输入。</translation>
    </message>
    <message>
        <source>No output channel.</source>
        <translation>无训练输出。</translation>
    </message>
    <message>
        <source>Add Input</source>
        <translation>添加训练输入</translation>
    </message>
    <message>
        <source>Add Output</source>
        <translation>添加训练输出</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>参数名称</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>数据路径</translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Predownload</source>
        <translation>预下载</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>How the training code receives the path: as a hyperparameter (args.%1) or an environment variable (os.getenv).</source>
        <translation>训练代码获取该路径的方式：超参（args.%1）或环境变量（os.getenv）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Remove this channel</source>
        <translation>删除此项</translation>
    </message>
    <message>
        <source>Download the files already in the output path into the container before training starts (resumable or incremental training). Not sent: the ModelArts API has no field for this.</source>
        <translation>在训练开始前将输出路径中已有的文件下载到容器中（用于断点续训或增量训练）。未发送：ModelArts API 没有对应的字段。</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>where an input channel&apos;s data comes from</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>an input channel&apos;s dataset or OBS path</comment>
        <translation>数据</translation>
    </message>
    <message>
        <source>The algorithm&apos;s input does not accept this source.</source>
        <translation>算法的该输入不接受此来源。</translation>
    </message>
    <message>
        <source>A dataset version of ModelArts data management. New users should store training data in OBS.</source>
        <translation>ModelArts 数据管理中的数据集版本。建议新用户将训练数据存放在 OBS 中。</translation>
    </message>
    <message>
        <source>An OBS folder</source>
        <translation>OBS 文件夹</translation>
    </message>
    <message>
        <source>Select a dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>Loading datasets…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>Datasets could not be loaded</source>
        <translation>无法加载数据集</translation>
    </message>
    <message>
        <source>No datasets</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <source>Select a dataset first</source>
        <translation>请先选择数据集</translation>
    </message>
    <message>
        <source>Select a version</source>
        <translation>选择版本</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>数据集版本</translation>
    </message>
</context>
<context>
    <name>ma::ui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Go to a page, run an action or open a resource by name</source>
        <translation>按名称转到页面、执行操作或打开资源</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
    <message>
        <source>Searching the server for “%1”…</source>
        <translation>正在服务器上搜索“%1”…</translation>
    </message>
</context>
<context>
    <name>ma::ui::ConfirmJobDialog</name>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The ModelArts API has no field for these settings; the job runs without them.</source>
        <translation>ModelArts API 没有这些设置对应的字段；作业将在不使用它们的情况下运行。</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreateNetworkDialog</name>
    <message>
        <source>The VPC network segment, container network segment (fixed at 172.16.0.0/16), service network segment (fixed at 10.247.0.0/16), and created VPC network segment can be displayed only in the same workspace.</source>
        <translation>VPC网段、容器网段（固定为 172.16.0.0/16）、服务网段（固定为 10.247.0.0/16）和已创建的VPC网段仅在同一工作空间内显示。</translation>
    </message>
    <message>
        <source>All %1 networks of your quota are in use. Delete a network first.</source>
        <translation>配额中的 %1 个网络已全部使用。请先删除网络。</translation>
    </message>
    <message>
        <source>Networks: %1 of %2 used.</source>
        <translation>网络：已使用 %1/%2 个。</translation>
    </message>
    <message>
        <source>The network was not created: %1</source>
        <translation>网络未创建：%1</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreateNotebookConfirmDialog</name>
    <message>
        <source>A running instance is billed for the resources it uses. EVS storage is billed until the instance is deleted, even while it is stopped.</source>
        <translation>运行中的实例按所用资源计费。EVS存储在实例删除前持续计费，停止期间也计费。</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreateNotebookPage</name>
    <message>
        <source> (sold out)</source>
        <translation>（已售罄）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Auto Stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Resource Type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Ascend</source>
        <translation>Ascend</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>并行文件系统PFS</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Remote SSH</source>
        <translation>远程SSH</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>SFS can be used only with a dedicated resource pool.</source>
        <translation>SFS仅可用于专属资源池。</translation>
    </message>
    <message numerus="yes">
        <source>Auto stop after %n hour(s)</source>
        <translation>
            <numerusform>%n小时后自动停止</numerusform>
        </translation>
    </message>
    <message>
        <source>No auto stop</source>
        <translation>不自动停止</translation>
    </message>
    <message>
        <source>The selected image does not support this type.</source>
        <translation>所选镜像不支持此类型。</translation>
    </message>
    <message>
        <source>No %1 flavor is available</source>
        <translation>没有可用的%1规格</translation>
    </message>
    <message>
        <source> · not running</source>
        <translation> · 未运行</translation>
    </message>
    <message>
        <source>No dedicated resource pool accepts notebooks</source>
        <translation>没有支持Notebook的专属资源池</translation>
    </message>
    <message>
        <source>Mount Method (%1)</source>
        <translation>挂载方式（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Extended Storage (%n directory(ies))</source>
        <translation>
            <numerusform>扩展存储（%n个目录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, the v1 create API has no field for them: %1.</source>
        <translation>以下内容不会发送，v1创建接口没有对应字段：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Stop after %n hour(s)</source>
        <translation>
            <numerusform>%n小时后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>private</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Dedicated resource pool: %1</source>
        <translation>专属资源池：%1</translation>
    </message>
    <message>
        <source>EVS, %1 GB</source>
        <translation>云硬盘EVS，%1 GB</translation>
    </message>
    <message>
        <source>SFS %1, subdirectory %2, mounted at /home/ma-user/work/</source>
        <translation>SFS %1，子目录%2，挂载到/home/ma-user/work/</translation>
    </message>
    <message>
        <source>Enabled, key pair %1</source>
        <translation>已开启，密钥对%1</translation>
    </message>
    <message>
        <source>All IP addresses</source>
        <translation>所有IP地址</translation>
    </message>
    <message>
        <source>The notebook %1 is being created.</source>
        <translation>Notebook %1正在创建。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>提交中…</translation>
    </message>
    <message>
        <source>Draft restored from %1.</source>
        <translation>已恢复 %1 保存的草稿。</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreatePoolConfirmDialog</name>
    <message>
        <source>Yearly/Monthly: you pay for the required duration when the order is placed.</source>
        <translation>包年/包月：下单时按购买时长付费。</translation>
    </message>
    <message>
        <source>Pay-per-use: the nodes are billed for the time they exist; the pool can be deleted at any time.</source>
        <translation>按需计费：节点按存在时长计费，资源池可随时删除。</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreatePoolDiskEditor</name>
    <message>
        <source>Disk type</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Add Container Data Disk</source>
        <translation>添加容器数据盘</translation>
    </message>
    <message>
        <source>Remove this disk</source>
        <translation>删除此磁盘</translation>
    </message>
    <message>
        <source>At most %1 disk rows.</source>
        <translation>最多 %1 行磁盘。</translation>
    </message>
    <message>
        <source>General Purpose SSD</source>
        <translation>通用型SSD</translation>
    </message>
    <message>
        <source>High I/O</source>
        <translation>高IO</translation>
    </message>
    <message>
        <source>Ultra-high I/O</source>
        <translation>超高IO</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreatePoolFlavorEditor</name>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>HA redundant instances</source>
        <translation>高可用冗余实例数</translation>
    </message>
    <message>
        <source>Add Specification</source>
        <translation>添加规格</translation>
    </message>
    <message>
        <source>Remove this specification</source>
        <translation>删除此规格</translation>
    </message>
    <message>
        <source>No specification yet.</source>
        <translation>暂无规格。</translation>
    </message>
    <message>
        <source>At most %1 specifications per resource pool.</source>
        <translation>每个资源池最多 %1 个规格。</translation>
    </message>
    <message>
        <source>Select a specification</source>
        <translation>请选择规格</translation>
    </message>
    <message>
        <source>Automatically allocated</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>Instances in %1</source>
        <translation>%1 中的实例数</translation>
    </message>
    <message>
        <source>Only Snt9C specifications support HA redundancy.</source>
        <translation>仅 Snt9C 规格支持高可用冗余。</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreatePoolPage</name>
    <message>
        <source>Billing Mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Cluster Name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>物理</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>逻辑</translation>
    </message>
    <message>
        <source>Resource Pool Type</source>
        <translation>资源池类型</translation>
    </message>
    <message>
        <source>DevEnviron</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Training Job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Inference Service</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Job Type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>CPU Architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>x86</source>
        <translation>x86</translation>
    </message>
    <message>
        <source>Arm64</source>
        <translation>Arm64</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Automatically allocated</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>Select an operating system</source>
        <translation>请选择操作系统</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Cluster Description</source>
        <translation>集群描述</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>CIDR Block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Required Duration</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Buy Now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 个实例</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>1 specification</source>
        <translation>1 个规格</translation>
    </message>
    <message>
        <source>%1 specifications</source>
        <translation>%1 个规格</translation>
    </message>
    <message>
        <source>%1 (sold out)</source>
        <translation>%1（已售罄）</translation>
    </message>
    <message>
        <source>Select a network</source>
        <translation>请选择网络</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Select a driver version</source>
        <translation>请选择驱动版本</translation>
    </message>
    <message>
        <source>, auto-renewed</source>
        <translation>，自动续费</translation>
    </message>
    <message>
        <source>, IPv6</source>
        <translation>，IPv6</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, %1 HA redundant</source>
        <translation>，%1 个高可用冗余</translation>
    </message>
    <message>
        <source>Specified</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>System disk: %1, %2 GiB</source>
        <translation>系统盘：%1，%2 GiB</translation>
    </message>
    <message>
        <source>Container disk: %1, %2 GiB</source>
        <translation>容器盘：%1，%2 GiB</translation>
    </message>
    <message>
        <source>Data disk: %1 × %2 GiB (%3)</source>
        <translation>数据盘：%1 × %2 GiB（%3）</translation>
    </message>
    <message>
        <source>Write mode: stripe</source>
        <translation>写入模式：条带化</translation>
    </message>
    <message>
        <source>Write mode: linear</source>
        <translation>写入模式：线性</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Container Engine Space</source>
        <translation>容器引擎空间</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Installed automatically</source>
        <translation>自动安装</translation>
    </message>
    <message>
        <source>Container %1, service %2</source>
        <translation>容器网段 %1，服务网段 %2</translation>
    </message>
    <message>
        <source>Checking quota…</source>
        <translation>正在检查配额…</translation>
    </message>
    <message>
        <source>The quota could not be checked: %1</source>
        <translation>无法检查配额：%1</translation>
    </message>
    <message>
        <source>The resource pool quota could not be found; the order is checked when it is placed.</source>
        <translation>未找到资源池配额，下单时由服务端检查。</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 resource pools used; this order uses 1.</source>
        <translation>配额：已使用 %1/%2 个资源池，本次购买使用 1 个。</translation>
    </message>
    <message>
        <source>Quota: all %1 resource pools are in use. Delete a pool or ask for a higher quota first.</source>
        <translation>配额：%1 个资源池已全部用完。请先删除资源池或申请提高配额。</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>提交中…</translation>
    </message>
    <message>
        <source>The resource pool was not created: %1</source>
        <translation>资源池未创建：%1</translation>
    </message>
    <message>
        <source>The resource pool was created, but its tags were not added: %1</source>
        <translation>资源池已创建，但未能添加标签：%1</translation>
    </message>
    <message>
        <source>The resource pool %1 is being created.</source>
        <translation>资源池 %1 正在创建。</translation>
    </message>
    <message>
        <source>The resource pool %1 is running.</source>
        <translation>资源池 %1 已运行。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>The resource pool %1 could not be created: %2 Change the order (for example choose another specification or fewer instances) and buy again.</source>
        <translation>资源池 %1 创建失败：%2 请修改订单（例如选择其他规格或减少实例数）后重新购买。</translation>
    </message>
    <message>
        <source>Draft restored from %1.</source>
        <translation>已恢复 %1 保存的草稿。</translation>
    </message>
</context>
<context>
    <name>ma::ui::CreateTrainingJobPage</name>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>内存 %1</translation>
    </message>
    <message>
        <source>%1 disk</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Ascend</source>
        <translation>Ascend</translation>
    </message>
    <message>
        <source>1 (low)</source>
        <translation>1（低）</translation>
    </message>
    <message>
        <source>2 (medium)</source>
        <translation>2（中）</translation>
    </message>
    <message>
        <source>3 (high)</source>
        <translation>3（高）</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Available / total nodes</source>
        <translation>可用/总节点数</translation>
    </message>
    <message>
        <source>1 to 64 characters: letters, digits, hyphens (-) and underscores (_).</source>
        <translation>1 到 64 个字符：字母、数字、中划线（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>At most 256 characters. The description is shown in the training job list.</source>
        <translation>最多 256 个字符。描述会显示在训练作业列表中。</translation>
    </message>
    <message>
        <source>If an algorithm is available in algorithm management, choose My algorithm. If no algorithm is available, choose Custom algorithm.</source>
        <translation>如果算法管理中已有可用算法，请选择“我的算法”；如果没有可用算法，请选择“自定义算法”。</translation>
    </message>
    <message>
        <source>An SWR image path without the domain: organization/image:tag.</source>
        <translation>不含域名的 SWR 镜像路径：organization/image:tag。</translation>
    </message>
    <message>
        <source>Total size ≤ 5 GB, at most 1,000 files, folder depth ≤ 32. The code is downloaded to ${MA_JOB_DIR}/&lt;last folder&gt;.</source>
        <translation>总大小 ≤ 5 GB，最多 1,000 个文件，目录深度 ≤ 32。代码将下载到 ${MA_JOB_DIR}/&lt;最后一级目录&gt;。</translation>
    </message>
    <message>
        <source>A Python file (.py) in the code directory.</source>
        <translation>代码目录中的 Python 文件（.py）。</translation>
    </message>
    <message>
        <source>Runs after the code directory is downloaded, e.g. bash ${MA_JOB_DIR}/demo-code/main.sh. Join commands with ; or &amp;&amp;. Do not enter plaintext passwords.</source>
        <translation>在代码目录下载完成后运行，例如 bash ${MA_JOB_DIR}/demo-code/main.sh。多条命令用 ; 或 &amp;&amp; 连接。请勿输入明文密码。</translation>
    </message>
    <message>
        <source>Folder in the container the code is downloaded to.</source>
        <translation>代码在容器中的下载目录。</translation>
    </message>
    <message>
        <source>The system changes to this folder before it runs the boot file.</source>
        <translation>系统在运行启动文件前会切换到此目录。</translation>
    </message>
    <message>
        <source>Data path: total size ≤ 10 GB, at most 1,000 files, each file ≤ 1 GB.</source>
        <translation>数据路径：总大小 ≤ 10 GB，最多 1,000 个文件，单个文件 ≤ 1 GB。</translation>
    </message>
    <message>
        <source>Choose an empty folder. Total size ≤ 1 GB, at most 128 files, each file ≤ 128 MB.</source>
        <translation>请选择空目录。总大小 ≤ 1 GB，最多 128 个文件，单个文件 ≤ 128 MB。</translation>
    </message>
    <message>
        <source>At most 100 hyperparameters. Do not enter plaintext passwords.</source>
        <translation>最多 100 个超参。请勿输入明文密码。</translation>
    </message>
    <message>
        <source>At most 100 variables. Names starting with MA_ may conflict with system variables.</source>
        <translation>最多 100 个变量。以 MA_ 开头的名称可能与系统变量冲突。</translation>
    </message>
    <message>
        <source>Handles environment faults automatically and restarts the job.</source>
        <translation>自动处理环境故障并重启作业。</translation>
    </message>
    <message>
        <source>1 to 128. Cannot be changed after the job is created.</source>
        <translation>1 到 128。作业创建后不能修改。</translation>
    </message>
    <message>
        <source>Restart on any detected exception, at most 3 times in a row.</source>
        <translation>检测到任何异常时均重启，最多连续 3 次。</translation>
    </message>
    <message>
        <source>Restart the processes of a suspended job, at most 3 times in a row. Detection may give false positives.</source>
        <translation>重启卡死作业的进程，最多连续 3 次。卡死检测可能存在误报。</translation>
    </message>
    <message>
        <source>A dedicated resource pool is recommended for optimal performance.</source>
        <translation>建议使用专属资源池以获得最佳性能。</translation>
    </message>
    <message>
        <source>At most 5 mounts. Mount paths must differ and must not be /, /cache or /home/ma-user/modelarts.</source>
        <translation>最多 5 个挂载。挂载路径不能重复，且不能是 /、/cache 或 /home/ma-user/modelarts。</translation>
    </message>
    <message>
        <source>Off: logs are kept for 30 days and can be downloaded from the job details.</source>
        <translation>关闭时：日志保留 30 天，可在作业详情中下载。</translation>
    </message>
    <message>
        <source>An empty OBS folder with read and write permission.</source>
        <translation>具有读写权限的空 OBS 目录。</translation>
    </message>
    <message>
        <source>Notifications are sent through SMN and billed per message.</source>
        <translation>通知通过 SMN 发送，按消息条数计费。</translation>
    </message>
    <message>
        <source>Customize: 1 to 720 hours. Paused time does not count.</source>
        <translation>自定义：1 到 720 小时。暂停时间不计入。</translation>
    </message>
    <message>
        <source>Password-free SSH between the nodes of a distributed job (MPI, Horovod).</source>
        <translation>分布式作业（MPI、Horovod）的节点之间免密 SSH。</translation>
    </message>
    <message>
        <source>authorized_keys, config, id_rsa and id_rsa.pub are generated here.</source>
        <translation>authorized_keys、config、id_rsa 和 id_rsa.pub 将生成在此目录。</translation>
    </message>
    <message>
        <source>High performance mode adjusts or disables some O&amp;M functions; fault diagnosis mode collects more information.</source>
        <translation>高性能模式会调整或关闭部分运维功能；故障诊断模式会采集更多信息。</translation>
    </message>
    <message>
        <source>At most 20 tags.</source>
        <translation>最多 20 个标签。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Recommended: 1000. Dedicated resource pool: 0 to 65535.</source>
        <translation>推荐值：1000。专属资源池：0 到 65535。</translation>
    </message>
    <message>
        <source>Recommended: 1000. Public resource pool: 1000 to 65535.</source>
        <translation>推荐值：1000。公共资源池：1000 到 65535。</translation>
    </message>
    <message>
        <source>No flavor selected</source>
        <translation>未选择规格</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>资源池 %1</translation>
    </message>
    <message>
        <source>No pool selected</source>
        <translation>未选择资源池</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Only running pools that accept training jobs can be used.</source>
        <translation>只能使用运行中且支持训练作业的资源池。</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>1 node available in the pool</source>
        <translation>资源池中有 1 个可用节点</translation>
    </message>
    <message>
        <source>%1 nodes available in the pool</source>
        <translation>资源池中有 %1 个可用节点</translation>
    </message>
    <message>
        <source>up to 1 node</source>
        <translation>最多 1 个节点</translation>
    </message>
    <message>
        <source>up to %1 nodes</source>
        <translation>最多 %1 个节点</translation>
    </message>
    <message>
        <source>Select a resource pool first.</source>
        <translation>请先选择资源池。</translation>
    </message>
    <message>
        <source>No specifications available.</source>
        <translation>没有可用的规格。</translation>
    </message>
    <message>
        <source>This flavor does not support multi-process training.</source>
        <translation>该规格不支持多进程训练。</translation>
    </message>
    <message>
        <source>Needs the modelarts:trainJob:setHighPriority permission.</source>
        <translation>需要 modelarts:trainJob:setHighPriority 权限。</translation>
    </message>
    <message>
        <source>1 to %1. More than 1 node runs a distributed job.</source>
        <translation>1 到 %1。多于 1 个节点时运行分布式作业。</translation>
    </message>
    <message>
        <source>More than 1 node runs a distributed job.</source>
        <translation>多于 1 个节点时运行分布式作业。</translation>
    </message>
    <message>
        <source>%1 storage</source>
        <translation>存储 %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>My algorithm: %1</source>
        <translation>我的算法：%1</translation>
    </message>
    <message>
        <source>Custom algorithm, preset image</source>
        <translation>自定义算法，预置镜像</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>(customized)</source>
        <translation>（自定义）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Code source</source>
        <translation>代码来源</translation>
    </message>
    <message>
        <source>SFS</source>
        <translation>SFS</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Code directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Custom algorithm, custom image</source>
        <translation>自定义算法，自定义镜像</translation>
    </message>
    <message>
        <source>Boot command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Input and output</source>
        <translation>训练输入和输出</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 项</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Auto restart</source>
        <translation>自动重启</translation>
    </message>
    <message>
        <source>On, 1 restart</source>
        <translation>开启，1 次</translation>
    </message>
    <message>
        <source>On, %1 restarts</source>
        <translation>开启，%1 次</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dedicated: %1</source>
        <translation>专属：%1</translation>
    </message>
    <message>
        <source>Compute nodes</source>
        <translation>计算节点个数</translation>
    </message>
    <message>
        <source>Job priority</source>
        <translation>作业优先级</translation>
    </message>
    <message>
        <source>SFS Turbo</source>
        <translation>SFS Turbo</translation>
    </message>
    <message>
        <source>1 mount</source>
        <translation>1 个挂载</translation>
    </message>
    <message>
        <source>%1 mounts</source>
        <translation>%1 个挂载</translation>
    </message>
    <message>
        <source>Job log path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>Event notification</source>
        <translation>事件通知</translation>
    </message>
    <message>
        <source>Auto stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>After %1 hours</source>
        <translation>%1 小时后</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 个标签</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>提交中…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The training job was not created: %1</source>
        <translation>训练作业未创建：%1</translation>
    </message>
    <message>
        <source>A training job with this name already exists.</source>
        <translation>已存在同名的训练作业。</translation>
    </message>
    <message>
        <source>Draft restored from %1.</source>
        <translation>已恢复 %1 保存的草稿。</translation>
    </message>
    <message>
        <source>The training job was created, but its tags were not added: %1</source>
        <translation>训练作业已创建，但未能添加其标签：%1</translation>
    </message>
    <message>
        <source>Training job submitted (ID %1).</source>
        <translation>训练作业已提交（ID %1）。</translation>
    </message>
    <message>
        <source>Predownload</source>
        <translation>预下载</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>Not sent: the ModelArts API has no field for this.</source>
        <translation>未发送：ModelArts API 没有对应的字段。</translation>
    </message>
    <message>
        <source>%1: not sent. The ModelArts API has no field for this.</source>
        <translation>%1：未发送。ModelArts API 没有对应的字段。</translation>
    </message>
    <message>
        <source>The console shows this setting, but the training job API cannot carry it, so it does not change the job that runs.</source>
        <translation>控制台显示此设置，但训练作业 API 无法携带它，因此它不会影响实际运行的作业。</translation>
    </message>
    <message>
        <source>The code folder in the SFS file system, as mounted in the container. It is sent as file://&lt;folder&gt;.</source>
        <translation>SFS 文件系统中的代码目录（容器内的挂载路径），以 file://&lt;目录&gt; 的形式发送。</translation>
    </message>
    <message>
        <source>Select… lists your algorithms; the job runs the algorithm&apos;s code or command.</source>
        <translation>“选择…”列出您的算法；作业运行算法的代码或命令。</translation>
    </message>
    <message>
        <source>dataset %1, version %2</source>
        <translation>数据集 %1，版本 %2</translation>
    </message>
    <message>
        <source>The form now uses the algorithm %1.</source>
        <translation>表单现在使用算法 %1。</translation>
    </message>
    <message>
        <source>Defined by the algorithm</source>
        <translation>由算法定义</translation>
    </message>
    <message>
        <source>The subscription of an algorithm in AI Gallery &gt; My Subscriptions. This app cannot list subscriptions: copy the ID from AI Gallery.</source>
        <translation>AI Gallery &gt; 我的订阅中算法的订阅。本应用无法列出订阅：请从 AI Gallery 复制 ID。</translation>
    </message>
    <message>
        <source>The version of the subscribed algorithm to run; its code, image and engine come with it.</source>
        <translation>要运行的订阅算法版本；其代码、镜像和引擎随之而来。</translation>
    </message>
    <message>
        <source>The algorithm supports auto search: the job tries values of its Float hyperparameters and keeps the best.</source>
        <translation>该算法支持自动搜索：作业会尝试其 Float 超参的多组取值并保留最佳结果。</translation>
    </message>
    <message>
        <source>The name of the search metric the code prints.</source>
        <translation>代码打印的搜索指标名称。</translation>
    </message>
    <message>
        <source>Bayesian optimization (SMAC), Tree-structured Parzen Estimator, simulated annealing.</source>
        <translation>贝叶斯优化（SMAC）、TPE 算法、模拟退火算法。</translation>
    </message>
    <message>
        <source>num_samples: value groups to try (10 to 20). The values default to the algorithm&apos;s.</source>
        <translation>num_samples：要尝试的超参组数（10 到 20）。默认值来自算法。</translation>
    </message>
    <message>
        <source>Each Float hyperparameter the search varies, lower ~ upper.</source>
        <translation>搜索调整的每个 Float 超参，下限 ~ 上限。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Check Input Size</source>
        <translation>检查输入大小</translation>
    </message>
    <message>
        <source>Checks that the input data fits the storage of the flavor&apos;s nodes</source>
        <translation>检查输入数据能否放入该规格节点的存储</translation>
    </message>
    <message>
        <source>OBS cannot be listed from this app for a cloud profile; ModelArts checks the input size when the job starts.</source>
        <translation>云端配置下本应用无法列出 OBS；作业启动时 ModelArts 会检查输入大小。</translation>
    </message>
    <message>
        <source>Measuring the input data…</source>
        <translation>正在统计输入数据…</translation>
    </message>
    <message>
        <source>Available when an input uses a data path</source>
        <translation>输入使用数据路径时可用</translation>
    </message>
    <message>
        <source>My subscription: %1, version %2</source>
        <translation>我的订阅：%1，版本 %2</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参搜索</translation>
    </message>
    <message>
        <source>Metric %1 · %2
%3</source>
        <translation>指标 %1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>ma::ui::DashboardsPage</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last 1 hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>最近 3 小时</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>最近 12 小时</translation>
    </message>
    <message>
        <source>Last 1 day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>最近 3 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>自动刷新关闭</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Every 1 min</source>
        <translation>每 1 分钟</translation>
    </message>
    <message>
        <source>Every 5 min</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Every 15 min</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>End of the custom range</source>
        <translation>自定义时间范围的结束</translation>
    </message>
    <message>
        <source>Start of the custom range</source>
        <translation>自定义时间范围的开始</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>This profile has no Prometheus data source. The dashboards query AOM&apos;s Prometheus instance (AOM console: Prometheus Monitoring &gt; Instances &gt; Settings &gt; Grafana Data Source Info).</source>
        <translation>此配置没有 Prometheus 数据源。仪表盘查询 AOM 的 Prometheus 实例（AOM 控制台：Prometheus 监控 &gt; 实例 &gt; 设置 &gt; Grafana 数据源信息）。</translation>
    </message>
    <message>
        <source>Choose several to compare them on the same charts</source>
        <translation>可选择多个，在同一图表上对比</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>jobs compared on the charts</comment>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Save every panel of this view, as shown, to a PDF document</source>
        <translation>将此视图的所有面板按当前显示保存为 PDF 文档</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>将仪表盘导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard saved to %1</source>
        <translation>仪表盘已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot export the dashboard: %1</source>
        <translation>无法导出仪表盘：%1</translation>
    </message>
</context>
<context>
    <name>ma::ui::EditNotebookDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
    <name>ma::ui::ExpandStorageDialog</name>
    <message>
        <source>Expand</source>
        <translation>扩容</translation>
    </message>
</context>
<context>
    <name>ma::ui::InterconnectVpcDialog</name>
    <message>
        <source>Connect the network &lt;b&gt;%1&lt;/b&gt; (%2) to subnets of your VPCs, so that the pool&apos;s nodes reach them and, through SNAT in the VPC, the Internet.</source>
        <translation>将网络 &lt;b&gt;%1&lt;/b&gt;（%2）与您 VPC 的子网打通，使资源池的节点可以访问这些子网，并通过 VPC 中的 SNAT 访问公网。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>subnet name (CIDR block)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>VPC name (CIDR block)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Remove this subnet</source>
        <translation>移除此子网</translation>
    </message>
    <message>
        <source>Choose a subnet of the VPC; this VPC has none, create one in the VPC console first.</source>
        <translation>请选择该 VPC 的子网；此 VPC 没有子网，请先在 VPC 控制台创建。</translation>
    </message>
    <message>
        <source>Choose a subnet.</source>
        <translation>请选择子网。</translation>
    </message>
    <message>
        <source>The subnet %1 has no valid IPv4 CIDR block (%2).</source>
        <translation>子网 %1 没有有效的 IPv4 网段（%2）。</translation>
    </message>
    <message>
        <source>The subnet %1 (%2) overlaps the network&apos;s CIDR block %3.</source>
        <translation>子网 %1（%2）与网络的网段 %3 重叠。</translation>
    </message>
    <message>
        <source>The subnet %1 is already chosen in row %2.</source>
        <translation>子网 %1 已在第 %2 行选择。</translation>
    </message>
    <message>
        <source>The subnet %1 (%2) overlaps the subnet %3 (%4) of row %5.</source>
        <translation>子网 %1（%2）与第 %5 行的子网 %3（%4）重叠。</translation>
    </message>
    <message>
        <source>At most %1 subnets can be interconnected.</source>
        <translation>最多可打通 %1 个子网。</translation>
    </message>
    <message>
        <source>%1 of at most %2 subnets</source>
        <translation>已选 %1 个，最多 %2 个子网</translation>
    </message>
    <message>
        <source>The project has no VPC; create one in the VPC console first.</source>
        <translation>该项目没有 VPC；请先在 VPC 控制台创建。</translation>
    </message>
    <message>
        <source>Add at least one subnet, or switch Interconnect VPC off.</source>
        <translation>请至少添加一个子网，或关闭“打通VPC”。</translation>
    </message>
</context>
<context>
    <name>ma::ui::JobComparisonPage</name>
    <message>
        <source>Loading the jobs…</source>
        <translation>正在加载作业…</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Back to the list of training jobs</source>
        <translation>返回训练作业列表</translation>
    </message>
    <message>
        <source>Compare Training Jobs</source>
        <translation>对比训练作业</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the jobs and their resource usage again</source>
        <translation>重新读取作业及其资源使用情况</translation>
    </message>
    <message>
        <source>Show differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <source>Hide the settings that are the same in every job</source>
        <translation>隐藏所有作业中相同的设置</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy the rows shown as a Markdown table (for an issue or a report)</source>
        <translation>将显示的行复制为 Markdown 表格（用于问题单或报告）</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <source>Copy the rows shown as CSV (for a spreadsheet)</source>
        <translation>将显示的行复制为 CSV（用于电子表格）</translation>
    </message>
    <message>
        <source>Select two to %1 jobs in Training Jobs and choose Compare.</source>
        <translation>在“训练作业”中选择 2 到 %1 个作业，然后选择“对比”。</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>资源占用情况</translation>
    </message>
    <message>
        <source>First node of each job, from its start. Click a legend entry to hide a job.</source>
        <translation>每个作业的第一个节点，从其启动开始。单击图例项可隐藏对应作业。</translation>
    </message>
    <message>
        <source>Comparing the first %1 of the %2 jobs selected: at most %1 fit side by side.</source>
        <translation>正在对比所选 %2 个作业中的前 %1 个：最多可并排显示 %1 个。</translation>
    </message>
    <message>
        <source>None of the jobs could be read. Refresh to try again.</source>
        <translation>所有作业均无法读取。请刷新重试。</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Loading resource usage…</source>
        <translation>正在加载资源使用情况…</translation>
    </message>
    <message>
        <source>No resource usage yet: none of these jobs has run.</source>
        <translation>暂无资源使用数据：这些作业均未运行过。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Open a job&apos;s details</source>
        <translation>打开作业详情</translation>
    </message>
    <message>
        <source>Only one of the jobs could be read: nothing to compare it with.</source>
        <translation>只能读取其中一个作业：没有可对比的对象。</translation>
    </message>
    <message>
        <source>The jobs do not differ in any of the %1 settings compared.</source>
        <translation>这些作业在所对比的 %1 项设置中没有差异。</translation>
    </message>
    <message>
        <source>%1 of %2 settings differ</source>
        <translation>%1 / %2 项设置不同</translation>
    </message>
    <message>
        <source>No differences. Turn off “Show differences only” to see every setting.</source>
        <translation>没有差异。关闭“仅显示差异”可查看全部设置。</translation>
    </message>
    <message>
        <source>Copied the comparison as a Markdown table.</source>
        <translation>已将对比复制为 Markdown 表格。</translation>
    </message>
    <message>
        <source>Copied the comparison as CSV.</source>
        <translation>已将对比复制为 CSV。</translation>
    </message>
</context>
<context>
    <name>ma::ui::MainWindow</name>
    <message>
        <source>ModelArts Desktop</source>
        <translation>ModelArts Desktop</translation>
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
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Lists and forms</source>
        <translation>列表和表单</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <source>Row menu (Copy as API Call, row actions)</source>
        <translation>行菜单（复制为 API 调用、行操作）</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一个字段</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>上一个字段</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>%1 (%2) — ModelArts Desktop</source>
        <translation>%1（%2）— ModelArts Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New Window</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <source>New Window with Profile</source>
        <translation>使用配置新建窗口</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>The server could not be searched: %1</source>
        <translation>无法在服务器上搜索：%1</translation>
    </message>
</context>
<context>
    <name>ma::ui::ModifyFlavorDialog</name>
    <message>
        <source>Modify</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>ma::ui::MountObsDialog</name>
    <message>
        <source>Mount</source>
        <translation>挂载</translation>
    </message>
</context>
<context>
    <name>ma::ui::NetworksPage</name>
    <message>
        <source>Interconnect VPC…</source>
        <translation>打通VPC…</translation>
    </message>
    <message>
        <source>Connect the network to subnets of your VPCs (at most 10)</source>
        <translation>将网络与您 VPC 的子网打通（最多 10 个）</translation>
    </message>
    <message>
        <source>Migrate Workspace…</source>
        <translation>迁移工作空间…</translation>
    </message>
    <message>
        <source>Move the network to another workspace</source>
        <translation>将网络迁移到其他工作空间</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected networks</source>
        <translation>删除所选网络</translation>
    </message>
    <message>
        <source>Dedicated Resource Pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按名称或 ID 搜索</translation>
    </message>
    <message>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>Create a network for physical resource pools (at most 15)</source>
        <translation>为物理资源池创建网络（最多 15 个）</translation>
    </message>
    <message>
        <source>Reload the list of networks</source>
        <translation>重新加载网络列表</translation>
    </message>
    <message>
        <source>Export Networks</source>
        <translation>导出网络</translation>
    </message>
    <message>
        <source>Save the networks shown as a CSV file</source>
        <translation>将显示的网络保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Loading networks…</source>
        <translation>正在加载网络…</translation>
    </message>
    <message>
        <source>The networks could not be loaded. Refresh to try again.</source>
        <translation>无法加载网络。请刷新重试。</translation>
    </message>
    <message>
        <source>Could not load the networks</source>
        <translation>无法加载网络</translation>
    </message>
    <message>
        <source>No networks yet. A physical resource pool needs one: Create Network.</source>
        <translation>还没有网络。物理资源池需要一个网络：请创建网络。</translation>
    </message>
    <message>
        <source>No networks match the search</source>
        <translation>没有与搜索匹配的网络</translation>
    </message>
    <message>
        <source>1 network</source>
        <translation>1 个网络</translation>
    </message>
    <message>
        <source>%1 networks</source>
        <translation>%1 个网络</translation>
    </message>
    <message>
        <source>Migrate workspace</source>
        <translation>迁移工作空间</translation>
    </message>
    <message>
        <source>Migrate the network “%1” from the workspace “%2” to “%3”?</source>
        <translation>将网络“%1”从工作空间“%2”迁移到“%3”？</translation>
    </message>
    <message>
        <source>Delete networks</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>The pools on it become unavailable: %1.</source>
        <translation>使用该网络的资源池将不可用：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ma::ui::NodeMapPage</name>
    <message>
        <source>Node Map</source>
        <translation>节点地图</translation>
    </message>
    <message>
        <source>Show the nodes of one pool or of all pools</source>
        <translation>显示一个或全部资源池的节点</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>全部资源池</translation>
    </message>
    <message>
        <source>What the colour of a tile shows</source>
        <translation>方块颜色所表示的内容</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>按状态着色</translation>
    </message>
    <message>
        <source>Colour by CPU utilisation</source>
        <translation>按 CPU 使用率着色</translation>
    </message>
    <message>
        <source>Colour by GPU/NPU utilisation</source>
        <translation>按 GPU/NPU 使用率着色</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the nodes, their jobs and utilisation again</source>
        <translation>重新读取节点及其作业和使用率</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restart the selected nodes (Available or Abnormal ones)</source>
        <translation>重启所选节点（可用或异常的节点）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset the selected Available nodes: their operating system is reinstalled</source>
        <translation>重置所选的可用节点：将重新安装其操作系统</translation>
    </message>
    <message>
        <source>Click a tile to select it, Ctrl+click to add or remove one, drag to select an area. Hover for details.</source>
        <translation>单击方块选中节点，Ctrl+单击添加或移除，拖动可框选区域。悬停查看详情。</translation>
    </message>
    <message>
        <source>No AZ</source>
        <translation>无可用区</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP：%1</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation>规格：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading nodes…</source>
        <translation>正在加载节点…</translation>
    </message>
    <message>
        <source>No dedicated resource pools with nodes yet</source>
        <translation>暂无包含节点的专属资源池</translation>
    </message>
    <message>
        <source>This pool has no nodes</source>
        <translation>该资源池没有节点</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status word, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选 %1 个</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace the selected node by a new one (another name and IP address); one node at a time, Available or Abnormal</source>
        <translation>用新节点（名称和 IP 地址不同）替换所选节点；一次一个节点，节点须为可用或异常</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected nodes; the last node of a pool is kept</source>
        <translation>删除所选节点；资源池的最后一个节点会保留</translation>
    </message>
    <message>
        <source>Enable HA Redundancy</source>
        <translation>开启高可用冗余</translation>
    </message>
    <message>
        <source>Keep the selected nodes free of jobs, standing by for faulty nodes</source>
        <translation>让所选节点不运行作业，作为故障节点的备用</translation>
    </message>
    <message>
        <source>Disable HA Redundancy</source>
        <translation>关闭高可用冗余</translation>
    </message>
    <message>
        <source>Let jobs be scheduled on the selected HA redundant nodes again</source>
        <translation>允许重新在所选高可用冗余节点上调度作业</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>HA redundancy of the selected nodes</source>
        <translation>所选节点的高可用冗余</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotebookDeleteDialog</name>
    <message>
        <source>Delete Notebook</source>
        <translation>删除 Notebook</translation>
    </message>
    <message>
        <source>To confirm, enter &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>请输入 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The text does not match “%1”.</source>
        <translation>输入内容与“%1”不一致。</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotebookDetailsPage</name>
    <message>
        <source>Mounted</source>
        <translation>已挂载</translation>
    </message>
    <message>
        <source>Mounting</source>
        <translation>挂载中</translation>
    </message>
    <message>
        <source>Mount failed</source>
        <translation>挂载失败</translation>
    </message>
    <message>
        <source>Unmounting</source>
        <translation>卸载中</translation>
    </message>
    <message>
        <source>Unmount failed</source>
        <translation>卸载失败</translation>
    </message>
    <message>
        <source>Unmounted</source>
        <translation>已卸载</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Back to the list of notebooks</source>
        <translation>返回 Notebook 列表</translation>
    </message>
    <message>
        <source>Reload the notebook and the tab shown</source>
        <translation>重新加载 Notebook 及当前页签</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open JupyterLab in the browser; only a running notebook can be opened</source>
        <translation>在浏览器中打开 JupyterLab；仅运行中的 Notebook 可以打开</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start the stopped notebook</source>
        <translation>启动已停止的 Notebook</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the running notebook</source>
        <translation>停止运行中的 Notebook</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Stop automatically one hour from now (More &gt; Renew for… offers longer)</source>
        <translation>从现在起一小时后自动停止（“更多 &gt; 续期…”可选择更长时间）</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Connect with VS Code / SSH (remote SSH must be enabled)</source>
        <translation>通过 VS Code / SSH 连接（需已开启远程 SSH）</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More operations on the notebook</source>
        <translation>Notebook 的更多操作</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the notebook and release its EVS disk</source>
        <translation>删除 Notebook 并释放其 EVS 磁盘</translation>
    </message>
    <message>
        <source>Renew for…</source>
        <translation>续期时长…</translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation>保存镜像…</translation>
    </message>
    <message>
        <source>Change Image…</source>
        <translation>更换镜像…</translation>
    </message>
    <message>
        <source>Modify Specifications…</source>
        <translation>变更规格…</translation>
    </message>
    <message>
        <source>Edit Name and Description…</source>
        <translation>编辑名称和描述…</translation>
    </message>
    <message>
        <source>Remote SSH…</source>
        <translation>远程 SSH…</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;存储&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expand…</source>
        <translation>扩容…</translation>
    </message>
    <message>
        <source>Grow the EVS disk while the notebook runs: at most %1 GB a step, %2 GB in all</source>
        <translation>在 Notebook 运行时扩容 EVS 磁盘：每次最多 %1 GB，总计最多 %2 GB</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mounted OBS Storage&lt;/b&gt;</source>
        <translation>&lt;b&gt;已挂载的 OBS 存储&lt;/b&gt;</translation>
    </message>
    <message>
        <source>OBS folders mounted into the running notebook under /data/. The data stays in OBS when a folder is unmounted.</source>
        <translation>挂载到运行中 Notebook 的 /data/ 下的 OBS 文件夹。卸载后数据仍保留在 OBS 中。</translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation>挂载…</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>Mount Path</source>
        <translation>挂载路径</translation>
    </message>
    <message>
        <source>Storage Path</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Auto refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Auto Stop</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not counting (the notebook is not running)</source>
        <translation>未计时（Notebook 未运行）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Failure Reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
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
        <source>%1, %2 GB</source>
        <translation>%1，%2 GB</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>JupyterLab</source>
        <translation>JupyterLab</translation>
    </message>
    <message>
        <source>Available while running</source>
        <translation>运行时可用</translation>
    </message>
    <message>
        <source>Remote SSH</source>
        <translation>远程SSH</translation>
    </message>
    <message>
        <source>ma-user@%1, port %2</source>
        <translation>ma-user@%1，端口 %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>No EVS disk</source>
        <translation>无 EVS 磁盘</translation>
    </message>
    <message>
        <source>%1 storage at %2</source>
        <translation>%1 存储，位于 %2</translation>
    </message>
    <message>
        <source>EVS disk: %1 GB at %2</source>
        <translation>EVS 磁盘：%1 GB，位于 %2</translation>
    </message>
    <message>
        <source> (expanding)</source>
        <translation>（扩容中）</translation>
    </message>
    <message>
        <source>A notebook has at most %1 tags; delete one first.</source>
        <translation>一个 Notebook 最多有 %1 个标签，请先删除一个。</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Deleting the notebook “%1”</source>
        <translation>正在删除 Notebook“%1”</translation>
    </message>
    <message>
        <source>Only EVS storage can be expanded</source>
        <translation>仅 EVS 存储可以扩容</translation>
    </message>
    <message>
        <source>The disk has reached %1 GB, the largest EVS disk</source>
        <translation>磁盘已达 %1 GB，即 EVS 磁盘上限</translation>
    </message>
    <message>
        <source>Storage can be expanded only while the notebook is running</source>
        <translation>仅在 Notebook 运行时可以扩容存储</translation>
    </message>
    <message>
        <source>Grow the EVS disk: at most %1 GB a step, %2 GB in all</source>
        <translation>扩容 EVS 磁盘：每次最多 %1 GB，总计最多 %2 GB</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotebookExtendedStorageEditor</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Storage Path</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Mount Directory</source>
        <translation>挂载目录</translation>
    </message>
    <message>
        <source>Add Extended Storage</source>
        <translation>添加扩展存储</translation>
    </message>
    <message>
        <source>Remove this storage</source>
        <translation>删除此存储</translation>
    </message>
    <message>
        <source>At most %1 directories.</source>
        <translation>最多%1个目录。</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>并行文件系统PFS</translation>
    </message>
    <message>
        <source>SFS</source>
        <translation>SFS</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotebookOperations</name>
    <message>
        <source>Start notebooks</source>
        <translation>启动 Notebook</translation>
    </message>
    <message>
        <source>Stop notebooks</source>
        <translation>停止 Notebook</translation>
    </message>
    <message>
        <source>Only /home/ma-user/work and the storages mounted under /data are kept; whatever else was changed in the instance is lost. An EVS disk is billed until the notebook is deleted.</source>
        <translation>仅保留 /home/ma-user/work 及挂载在 /data 下的存储，实例中的其他改动将丢失。EVS 磁盘在 Notebook 删除前持续计费。</translation>
    </message>
    <message>
        <source>Delete notebooks</source>
        <translation>删除 Notebook</translation>
    </message>
    <message>
        <source>The EVS disk and the data in /home/ma-user/work are released; data on SFS and OBS stays.</source>
        <translation>EVS 磁盘及 /home/ma-user/work 中的数据将被释放；SFS 和 OBS 上的数据保留。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation>72 小时</translation>
    </message>
    <message>
        <source>Organization: 2 to 64 lower-case letters, digits, periods, underscores and hyphens, starting with a letter.</source>
        <translation>组织：2 到 64 个小写字母、数字、点、下划线和中划线，以字母开头。</translation>
    </message>
    <message>
        <source>Image name: 1 to 64 lower-case letters, digits, periods, underscores and hyphens.</source>
        <translation>镜像名称：1 到 64 个小写字母、数字、点、下划线和中划线。</translation>
    </message>
    <message>
        <source>Image tag: 1 to 64 letters, digits, periods, underscores and hyphens.</source>
        <translation>镜像版本：1 到 64 个字母、数字、点、下划线和中划线。</translation>
    </message>
    <message>
        <source>Description: at most %1 characters.</source>
        <translation>描述：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>保存镜像</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, underscores (_) and hyphens (-), at most 128.</source>
        <translation>名称只能包含字母、数字、下划线（_）和中划线（-），最多 128 个字符。</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The description cannot contain &amp; &lt; &gt; &quot; &apos; or /.</source>
        <translation>描述不能包含 &amp; &lt; &gt; &quot; &apos; 或 /。</translation>
    </message>
    <message>
        <source>Edit notebook</source>
        <translation>编辑 Notebook</translation>
    </message>
    <message>
        <source>Changes apply once the notebook starts again; sessions already open stay until they end.</source>
        <translation>修改在 Notebook 再次启动后生效；已建立的会话保持到结束。</translation>
    </message>
    <message>
        <source>Once remote SSH is enabled it cannot be disabled again. The VS Code server and its plug-ins then use about 1 GB of the notebook&apos;s persistent storage.</source>
        <translation>远程 SSH 一旦开启便无法关闭。VS Code 服务端及其插件将占用 Notebook 持久化存储约 1 GB。</translation>
    </message>
    <message>
        <source>Set a key pair after remote SSH is enabled.</source>
        <translation>开启远程SSH后，请设置密钥对。</translation>
    </message>
    <message>
        <source>At most %1 IP addresses can be whitelisted.</source>
        <translation>白名单最多 %1 个 IP 地址。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
    <message>
        <source>Update remote SSH</source>
        <translation>更新远程 SSH</translation>
    </message>
    <message>
        <source>The EVS disk is %1 GB. One expansion adds at most %2 GB and a disk holds at most %3 GB; it cannot shrink again. The notebook keeps running while the disk is expanded.</source>
        <translation>EVS 磁盘当前为 %1 GB。每次扩容最多增加 %2 GB，磁盘最大 %3 GB，扩容后不能缩小。扩容期间 Notebook 保持运行。</translation>
    </message>
    <message>
        <source>Expand storage</source>
        <translation>存储扩容</translation>
    </message>
    <message>
        <source>Enter a folder in a bucket, such as obs://bucket/folder/ (not the bucket root).</source>
        <translation>请输入桶内的文件夹，例如 obs://bucket/folder/（不能是桶根目录）。</translation>
    </message>
    <message>
        <source>The mount path is a folder under /data/, such as /data/demo/.</source>
        <translation>挂载路径须为 /data/ 下的文件夹，例如 /data/demo/。</translation>
    </message>
    <message>
        <source>Mount storage</source>
        <translation>挂载存储</translation>
    </message>
    <message>
        <source>Unmount storage</source>
        <translation>卸载存储</translation>
    </message>
    <message>
        <source>Unmount %1 from the notebook “%2”? The data stays in OBS.</source>
        <translation>从 Notebook“%2”卸载 %1？数据仍保留在 OBS 中。</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1（私有）</translation>
    </message>
    <message>
        <source>Choose another image.</source>
        <translation>请选择其他镜像。</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>更换镜像</translation>
    </message>
    <message>
        <source>Choose another flavor.</source>
        <translation>请选择其他规格。</translation>
    </message>
    <message>
        <source>Modify specifications</source>
        <translation>变更规格</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotebooksPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show only notebooks in this status</source>
        <translation>仅显示该状态的 Notebook</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>全部资源池</translation>
    </message>
    <message>
        <source>Show only notebooks on this resource pool</source>
        <translation>仅显示该资源池上的 Notebook</translation>
    </message>
    <message>
        <source>All flavors</source>
        <translation>全部规格</translation>
    </message>
    <message>
        <source>Show only notebooks of this flavor</source>
        <translation>仅显示该规格的 Notebook</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>全部镜像</translation>
    </message>
    <message>
        <source>Show only notebooks using this image</source>
        <translation>仅显示使用该镜像的 Notebook</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the notebook&apos;s JupyterLab in the browser; only a running notebook can be opened</source>
        <translation>在浏览器中打开 Notebook 的 JupyterLab；只有运行中的 Notebook 可以打开</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start the selected stopped notebooks</source>
        <translation>启动所选的已停止 Notebook</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected running notebooks</source>
        <translation>停止所选的运行中 Notebook</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Stop the running notebook automatically one hour from now (More &gt; Renew for… offers longer)</source>
        <translation>从现在起一小时后自动停止运行中的 Notebook（“更多 &gt; 续期…”可选择更长时间）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected notebooks and release their EVS disks</source>
        <translation>删除所选 Notebook 并释放其 EVS 磁盘</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>保存镜像</translation>
    </message>
    <message>
        <source>Save the running notebook&apos;s environment as a private image</source>
        <translation>将运行中 Notebook 的环境保存为私有镜像</translation>
    </message>
    <message>
        <source>Renew for…</source>
        <translation>续期时长…</translation>
    </message>
    <message>
        <source>Change Image…</source>
        <translation>更换镜像…</translation>
    </message>
    <message>
        <source>Modify Specifications…</source>
        <translation>变更规格…</translation>
    </message>
    <message>
        <source>Edit Name and Description…</source>
        <translation>编辑名称和描述…</translation>
    </message>
    <message>
        <source>Remote SSH…</source>
        <translation>远程 SSH…</translation>
    </message>
    <message>
        <source>Connect with VS Code / SSH…</source>
        <translation>通过 VS Code / SSH 连接…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More operations on the notebook</source>
        <translation>Notebook 的更多操作</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按名称或 ID 搜索</translation>
    </message>
    <message>
        <source>Create Notebook</source>
        <translation>创建Notebook</translation>
    </message>
    <message>
        <source>Create a notebook instance</source>
        <translation>创建 Notebook 实例</translation>
    </message>
    <message>
        <source>Reload the list of notebooks</source>
        <translation>重新加载 Notebook 列表</translation>
    </message>
    <message>
        <source>Export Notebooks</source>
        <translation>导出 Notebook</translation>
    </message>
    <message>
        <source>Save the notebooks shown as a CSV file</source>
        <translation>将显示的 Notebook 保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Loading notebooks…</source>
        <translation>正在加载 Notebook…</translation>
    </message>
    <message>
        <source>The notebooks could not be loaded. Refresh to try again.</source>
        <translation>无法加载 Notebook，请刷新重试。</translation>
    </message>
    <message>
        <source>Could not load the notebooks</source>
        <translation>无法加载 Notebook</translation>
    </message>
    <message>
        <source>No notebooks yet</source>
        <translation>暂无 Notebook</translation>
    </message>
    <message>
        <source>No notebooks match the search or the filters</source>
        <translation>没有符合搜索或筛选条件的 Notebook</translation>
    </message>
    <message>
        <source>1 notebook</source>
        <translation>1 个 Notebook</translation>
    </message>
    <message>
        <source>%1 notebooks</source>
        <translation>%1 个 Notebook</translation>
    </message>
    <message>
        <source>View all</source>
        <translation>查看全部</translation>
    </message>
    <message>
        <source>Show the notebooks of every IAM user in the project, not only yours (needs the listAllNotebooks permission)</source>
        <translation>显示项目中所有 IAM 用户的 Notebook，而不仅是您的（需要 listAllNotebooks 权限）</translation>
    </message>
</context>
<context>
    <name>ma::ui::NotificationCenter</name>
    <message>
        <source>Profile %1, region %2</source>
        <translation>配置 %1，区域 %2</translation>
    </message>
</context>
<context>
    <name>ma::ui::OverviewPage</name>
    <message>
        <source>Critical</source>
        <comment>alarm severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Major</source>
        <comment>alarm severity</comment>
        <translation>重要</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <comment>alarm severity</comment>
        <translation>提示</translation>
    </message>
    <message>
        <source>Low %1 usage: worker-0 of %2 averages %3 % (below %4 %)</source>
        <translation>%1 使用率低：%2 的 worker-0 平均使用率 %3 %（低于 %4 %）</translation>
    </message>
    <message>
        <source>Training job %1 failed</source>
        <translation>训练作业 %1 运行失败</translation>
    </message>
    <message>
        <source>Training job %1 is abnormal</source>
        <translation>训练作业 %1 异常</translation>
    </message>
    <message>
        <source>1 abnormal node in resource pool %1</source>
        <translation>资源池 %1 中有 1 个异常节点</translation>
    </message>
    <message>
        <source>%1 abnormal nodes in resource pool %2</source>
        <translation>资源池 %2 中有 %1 个异常节点</translation>
    </message>
    <message>
        <source>Resource pool %1 is abnormal</source>
        <translation>资源池 %1 异常</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the counts, pools and alarms again</source>
        <translation>重新读取统计、资源池和告警</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Open the training jobs in this status</source>
        <translation>打开此状态的训练作业</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Dedicated Resource Pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>No dedicated resource pools</source>
        <translation>暂无专属资源池</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>暂无告警</translation>
    </message>
    <message>
        <source>Top Resource Users</source>
        <translation>资源占用排行</translation>
    </message>
    <message>
        <source>Running training jobs holding the most GPU/NPU cards, then CPUs</source>
        <translation>占用 GPU/NPU 卡最多（其次为 CPU）的运行中训练作业</translation>
    </message>
    <message>
        <source>Click a job to open its details</source>
        <translation>单击作业查看详情</translation>
    </message>
    <message>
        <source>No training job is running</source>
        <translation>没有运行中的训练作业</translation>
    </message>
    <message>
        <source>All %1 jobs</source>
        <translation>全部 %1 个作业</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>%1 pools, %2 of %3 nodes free</source>
        <translation>%1 个资源池，空闲节点 %2/%3</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 条告警</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolAreaTabs</name>
    <message>
        <source>Standard Resource Pool</source>
        <translation>标准资源池</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolDeleteDialog</name>
    <message>
        <source>To confirm, enter the name of the pool, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>请输入资源池名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>资源池名称</translation>
    </message>
    <message>
        <source>The name does not match the pool&apos;s name.</source>
        <translation>名称与资源池名称不一致。</translation>
    </message>
    <message>
        <source>Delete Dedicated Resource Pool</source>
        <translation>删除专属资源池</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolDetailsPage</name>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>Dedicated Resource Pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Back to the list of dedicated resource pools</source>
        <translation>返回专属资源池列表</translation>
    </message>
    <message>
        <source>Reload the pool, its nodes and the tab shown</source>
        <translation>重新加载资源池、其节点和当前标签页</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>扩缩容…</translation>
    </message>
    <message>
        <source>Scale the pool out or in; only a running pool can be resized</source>
        <translation>扩容或缩容资源池；仅运行中的资源池可扩缩容</translation>
    </message>
    <message>
        <source>Set Job Type…</source>
        <translation>设置作业类型…</translation>
    </message>
    <message>
        <source>Choose the job types the pool accepts; only when it is running</source>
        <translation>选择资源池接受的作业类型；仅在运行中时可设置</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the pool and release its nodes</source>
        <translation>删除资源池并释放其节点</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Search nodes</source>
        <translation>搜索节点</translation>
    </message>
    <message>
        <source>Search by node name, status, IP address, driver version or resource tag</source>
        <translation>按节点名称、状态、IP 地址、驱动版本或资源标签搜索</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Restart the selected nodes; only available or abnormal nodes, not during a driver upgrade</source>
        <translation>重启所选节点；仅可用或异常的节点，驱动升级期间不可用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reinstall the operating system of the selected nodes; only available nodes, not during a driver upgrade</source>
        <translation>重装所选节点的操作系统；仅可用的节点，驱动升级期间不可用</translation>
    </message>
    <message>
        <source>Delete the selected nodes; the last node of a pool is kept</source>
        <translation>删除所选节点；资源池的最后一个节点会保留</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the nodes shown as a CSV file</source>
        <translation>将显示的节点保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Instance Specifications</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Metering ID</source>
        <translation>计费 ID</translation>
    </message>
    <message>
        <source>Container Engine Space</source>
        <translation>容器引擎空间</translation>
    </message>
    <message>
        <source>CPU Cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>CPU Architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>AI Accelerator</source>
        <translation>AI 加速卡</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Disk Capacity</source>
        <translation>磁盘容量</translation>
    </message>
    <message>
        <source>Quantity is the number of nodes the pool is asked to have; Resize changes it.</source>
        <translation>数量是资源池要求拥有的节点数；扩缩容可更改它。</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>全部事件类型</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>event type</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>event type</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>job type (state)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>flavor × count</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>GPU version (state)</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resource Pool Type</source>
        <translation>资源池类型</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专属</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Billing Mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Yearly/Monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>Job Types</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Nodes (Available/Total)</source>
        <translation>节点（可用/总数）</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>available/total</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status Details</source>
        <translation>状态详情</translation>
    </message>
    <message>
        <source>Network ID</source>
        <translation>网络 ID</translation>
    </message>
    <message>
        <source>Network Name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <source>CIDR Block</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Container CIDR Block</source>
        <translation>容器网段</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统盘：%1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据盘：%1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Queuing</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
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
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No training jobs or notebooks have run in this pool.</source>
        <translation>此资源池中尚未运行过训练作业或 Notebook。</translation>
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
        <source>1 node</source>
        <translation>1 个节点</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 个节点</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>shown of all nodes</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Export Nodes</source>
        <translation>导出节点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The nodes could not be saved to %1.</source>
        <translation>无法将节点保存到 %1。</translation>
    </message>
    <message>
        <source>Resize pool</source>
        <translation>扩缩容资源池</translation>
    </message>
    <message>
        <source>Scale out the pool “%1” from %2 to %3 nodes?</source>
        <translation>将资源池“%1”从 %2 个节点扩容到 %3 个节点？</translation>
    </message>
    <message>
        <source>New nodes are created in the pool&apos;s flavor and billed from when they are available.</source>
        <translation>新节点按资源池的规格创建，自可用时开始计费。</translation>
    </message>
    <message>
        <source>Scale in the pool “%1” from %2 to %3 nodes?</source>
        <translation>将资源池“%1”从 %2 个节点缩容到 %3 个节点？</translation>
    </message>
    <message>
        <source>Idle nodes are deleted, newest first; nodes running jobs are kept.</source>
        <translation>空闲节点会被删除（最新的优先）；运行作业的节点会保留。</translation>
    </message>
    <message>
        <source>Set job type</source>
        <translation>设置作业类型</translation>
    </message>
    <message>
        <source>The nodes are released; training jobs, notebooks and services that use the pool become unavailable and the pool cannot be restored.</source>
        <translation>节点会被释放；使用该资源池的训练作业、Notebook 和服务将不可用，资源池无法恢复。</translation>
    </message>
    <message>
        <source>A pool has at most %1 tags; delete one first.</source>
        <translation>一个资源池最多 %1 个标签；请先删除一个。</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>The last node of a pool cannot be deleted; delete the pool instead</source>
        <translation>资源池的最后一个节点不能删除；请删除资源池</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Upgrade Driver…</source>
        <translation>升级驱动…</translation>
    </message>
    <message>
        <source>Upgrade the GPU or NPU driver of the nodes; only when the pool is running</source>
        <translation>升级节点的 GPU 或 NPU 驱动；仅在资源池运行中时可用</translation>
    </message>
    <message>
        <source>Migrate Workspace…</source>
        <translation>迁移工作空间…</translation>
    </message>
    <message>
        <source>Move the pool to another workspace (its bills follow the workspace&apos;s enterprise project)</source>
        <translation>将资源池迁移到其他工作空间（账单随工作空间的企业项目）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace the selected node by a new one (another name and IP address); free, at most 20 % of the pool&apos;s nodes per day</source>
        <translation>用新节点（名称和 IP 地址不同）替换所选节点；免费，每天最多替换资源池 20 % 的节点</translation>
    </message>
    <message>
        <source>Enable HA Redundancy</source>
        <translation>开启高可用冗余</translation>
    </message>
    <message>
        <source>Make the selected nodes stand by for faulty nodes; they must run no jobs and are isolated</source>
        <translation>使所选节点作为故障节点的备用节点；这些节点不能运行作业，并将被隔离</translation>
    </message>
    <message>
        <source>Disable HA Redundancy</source>
        <translation>关闭高可用冗余</translation>
    </message>
    <message>
        <source>Make the selected HA redundant nodes schedulable again</source>
        <translation>使所选高可用冗余节点重新可调度</translation>
    </message>
    <message>
        <source>HA redundancy of the selected nodes</source>
        <translation>所选节点的高可用冗余</translation>
    </message>
    <message>
        <source>Upgrade driver</source>
        <translation>升级驱动</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the default workspace</comment>
        <translation>default</translation>
    </message>
    <message>
        <source>Migrate workspace</source>
        <translation>迁移工作空间</translation>
    </message>
    <message>
        <source>Migrate the pool “%1” from the workspace “%2” to “%3”?</source>
        <translation>将资源池“%1”从工作空间“%2”迁移到“%3”？</translation>
    </message>
    <message>
        <source>The pool&apos;s bills go to the enterprise project of the new workspace. Its nodes, jobs and notebooks are not affected.</source>
        <translation>资源池的账单将归入新工作空间的企业项目。其节点、作业和 Notebook 不受影响。</translation>
    </message>
    <message>
        <source>A node is being reset; nodes cannot be replaced meanwhile</source>
        <translation>有节点正在重置，暂时无法替换节点</translation>
    </message>
    <message>
        <source>Upgrade the driver, migrate the pool to another workspace or interconnect its network with a VPC</source>
        <translation>升级驱动、将资源池迁移到其他工作空间，或将其网络与 VPC 打通</translation>
    </message>
    <message>
        <source>Interconnect VPC…</source>
        <translation>打通VPC…</translation>
    </message>
    <message>
        <source>Connect the pool&apos;s network to subnets of your VPCs (Internet access goes through SNAT in the VPC)</source>
        <translation>将资源池的网络与您 VPC 的子网打通（公网访问通过 VPC 中的 SNAT 实现）</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>subnet in VPC</comment>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <comment>subnet in VPC: connection state</comment>
        <translation>%2 中的 %1：%3</translation>
    </message>
    <message>
        <source>Interconnected VPC</source>
        <translation>已打通的VPC</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>VPC interconnection</comment>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolDriverUpgradeDialog</name>
    <message>
        <source>Upgrade the %1 driver of the nodes of the pool &lt;b&gt;%2&lt;/b&gt;. Nodes added later may carry another version: choosing the current version aligns them.</source>
        <translation>升级资源池 &lt;b&gt;%2&lt;/b&gt; 中节点的 %1 驱动。后加入的节点可能使用其他版本：选择当前版本可使所有节点保持一致。</translation>
    </message>
    <message>
        <source>%1 (%2 of the nodes run %3)</source>
        <comment>current version (nodes on other versions)</comment>
        <translation>%1（%2 个节点运行 %3）</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Forcible upgrade: nodes are upgraded right away, whatever runs on them; running jobs may fail. Instances are taken in any order.</source>
        <translation>强制升级：立即升级节点，不论其上运行什么；运行中的作业可能失败。实例的升级顺序不定。</translation>
    </message>
    <message>
        <source>Secure upgrade: nodes are isolated (no new jobs) and each is upgraded once its jobs have finished. This may take a long time; running services are not affected. Instances without services are upgraded first.</source>
        <translation>安全升级：节点被隔离（不再调度新作业），待其上作业结束后逐个升级。可能需要较长时间；运行中的服务不受影响。无业务的实例优先升级。</translation>
    </message>
    <message>
        <source>Off: every node is upgraded at the same time.</source>
        <translation>关闭：所有节点同时升级。</translation>
    </message>
    <message>
        <source>Each batch is the percentage × the instances: %1 of %2 nodes at a time.</source>
        <translation>每批数量为比例 × 实例数：每次 %1 / %2 个节点。</translation>
    </message>
    <message>
        <source>Each batch is the number entered: %1 of %2 nodes at a time.</source>
        <translation>每批数量为输入的数值：每次 %1 / %2 个节点。</translation>
    </message>
    <message>
        <source>Choose a target version.</source>
        <translation>请选择目标版本。</translation>
    </message>
    <message>
        <source>Every node already runs driver %1; choose another version.</source>
        <translation>所有节点已运行驱动 %1；请选择其他版本。</translation>
    </message>
    <message>
        <source>Align the %1 driver of every node of the pool “%2” to %3?</source>
        <translation>将资源池“%2”中所有节点的 %1 驱动统一为 %3？</translation>
    </message>
    <message>
        <source>Upgrade the %1 driver of the pool “%2” from %3 to %4?</source>
        <translation>将资源池“%2”的 %1 驱动从 %3 升级到 %4？</translation>
    </message>
    <message>
        <source>Forcible upgrade: nodes are upgraded right away and jobs running on them may fail.</source>
        <translation>强制升级：立即升级节点，其上运行的作业可能失败。</translation>
    </message>
    <message>
        <source>Secure upgrade: each node is upgraded once its jobs have finished; running services are not affected.</source>
        <translation>安全升级：每个节点在其作业结束后升级；运行中的服务不受影响。</translation>
    </message>
    <message>
        <source>Every node is upgraded at the same time.</source>
        <translation>所有节点同时升级。</translation>
    </message>
    <message>
        <source>Rolling: %1 of %2 nodes at a time.</source>
        <translation>滚动升级：每次 %1 / %2 个节点。</translation>
    </message>
    <message>
        <source>Nodes cannot be restarted or reset until the upgrade is done.</source>
        <translation>升级完成前，节点不能重启或重置。</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolJobTypesDialog</name>
    <message>
        <source>Choose the job types the pool &lt;b&gt;%1&lt;/b&gt; accepts.</source>
        <translation>选择资源池 &lt;b&gt;%1&lt;/b&gt; 支持的作业类型。</translation>
    </message>
    <message>
        <source>Select at least one job type.</source>
        <translation>请至少选择一种作业类型。</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolMigrateDialog</name>
    <message>
        <source>Move the pool &lt;b&gt;%1&lt;/b&gt; to another workspace. Its nodes, jobs and notebooks are not affected.</source>
        <translation>将资源池 &lt;b&gt;%1&lt;/b&gt; 迁移到其他工作空间。其节点、作业和 Notebook 不受影响。</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <comment>workspace</comment>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the default workspace</comment>
        <translation>default</translation>
    </message>
    <message>
        <source>The project has no other workspace to move the pool to.</source>
        <translation>该项目没有其他工作空间可供迁移。</translation>
    </message>
    <message>
        <source>The pool is already in this workspace; choose another one.</source>
        <translation>资源池已在此工作空间中；请选择其他工作空间。</translation>
    </message>
    <message>
        <source>Migrate Network</source>
        <translation>迁移网络</translation>
    </message>
    <message>
        <source>Move the network &lt;b&gt;%1&lt;/b&gt; to another workspace. The pools on it stay where they are.</source>
        <translation>将网络 &lt;b&gt;%1&lt;/b&gt; 迁移到其他工作空间。使用该网络的资源池保持不变。</translation>
    </message>
    <message>
        <source>A workspace is tied to an enterprise project. IAM users can migrate only networks of their own workspaces.</source>
        <translation>工作空间与企业项目关联。IAM 用户只能迁移自己工作空间中的网络。</translation>
    </message>
    <message>
        <source>The project has no other workspace to move the network to.</source>
        <translation>该项目没有其他可迁移网络的工作空间。</translation>
    </message>
    <message>
        <source>The network is already in this workspace; choose another one.</source>
        <translation>网络已在此工作空间中，请选择其他工作空间。</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolMonitoringTab</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>最近 3 小时</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>最近 12 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open in Dashboards</source>
        <translation>在仪表盘中打开</translation>
    </message>
    <message>
        <source>The Cluster dashboard with this pool selected: zoom, overlays, more panels</source>
        <translation>选中此资源池的集群仪表盘：缩放、叠加对比和更多面板</translation>
    </message>
    <message>
        <source>This profile has no Prometheus data source, so the charts are empty. Set AOM&apos;s Prometheus instance in the profile.</source>
        <translation>此配置没有 Prometheus 数据源，因此图表为空。请在配置中设置 AOM 的 Prometheus 实例。</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolResizeDialog</name>
    <message>
        <source>Set the number of instances of each flavor of the pool &lt;b&gt;%1&lt;/b&gt;. A higher number scales the pool out, a lower one scales it in.</source>
        <translation>设置资源池 &lt;b&gt;%1&lt;/b&gt; 每种规格的实例数。数量增加即扩容，减少即缩容。</translation>
    </message>
    <message>
        <source>Target instances of %1</source>
        <translation>%1 的目标实例数</translation>
    </message>
    <message>
        <source>1 node runs jobs or notebooks now; the pool cannot get smaller than that.</source>
        <translation>当前有 1 个节点在运行作业或 Notebook；资源池不能小于该数量。</translation>
    </message>
    <message>
        <source>%1 nodes run jobs or notebooks now; the pool cannot get smaller than that.</source>
        <translation>当前有 %1 个节点在运行作业或 Notebook；资源池不能小于该数量。</translation>
    </message>
    <message>
        <source>Scale-in removes idle nodes, newest first. To choose the nodes, delete them on the Nodes tab instead.</source>
        <translation>缩容会删除空闲节点（最新的优先）。如需指定节点，请在“节点”页签删除。</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>扩缩容</translation>
    </message>
    <message>
        <source>The pool needs at least 1 node for the jobs and notebooks running in it.</source>
        <translation>运行中的作业和 Notebook 要求资源池至少有 1 个节点。</translation>
    </message>
    <message>
        <source>The pool needs at least %1 nodes for the jobs and notebooks running in it.</source>
        <translation>运行中的作业和 Notebook 要求资源池至少有 %1 个节点。</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolUsageRow</name>
    <message>
        <source>Open the resource pool %1</source>
        <translation>打开资源池 %1</translation>
    </message>
    <message>
        <source>Nodes: %1 in use, %2 free of %3</source>
        <translation>节点：使用中 %1，空闲 %2，共 %3</translation>
    </message>
    <message>
        <source>, %1 abnormal</source>
        <translation>，%1 个异常</translation>
    </message>
    <message>
        <source>%1 cards: %2 of %3 allocated (%4 %)</source>
        <comment>GPU or NPU cards</comment>
        <translation>%1 卡：已分配 %2/%3（%4 %）</translation>
    </message>
</context>
<context>
    <name>ma::ui::PoolsPage</name>
    <message>
        <source>Show only pools in this status</source>
        <translation>仅显示处于此状态的资源池</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected pools and release their nodes</source>
        <translation>删除所选资源池并释放其节点</translation>
    </message>
    <message>
        <source>Dedicated Resource Pools</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>按名称或 ID 搜索</translation>
    </message>
    <message>
        <source>Reload the list of pools</source>
        <translation>重新加载资源池列表</translation>
    </message>
    <message>
        <source>Export Resource Pools</source>
        <translation>导出资源池</translation>
    </message>
    <message>
        <source>Save the pools shown as a CSV file</source>
        <translation>将显示的资源池保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Loading resource pools…</source>
        <translation>正在加载资源池…</translation>
    </message>
    <message>
        <source>The resource pools could not be loaded. Refresh to try again.</source>
        <translation>无法加载资源池。请刷新重试。</translation>
    </message>
    <message>
        <source>Could not load the pools</source>
        <translation>无法加载资源池</translation>
    </message>
    <message>
        <source>No dedicated resource pools yet</source>
        <translation>暂无专属资源池</translation>
    </message>
    <message>
        <source>No pools match the search or the status filter</source>
        <translation>没有符合搜索或状态筛选条件的资源池</translation>
    </message>
    <message>
        <source>1 pool</source>
        <translation>1 个资源池</translation>
    </message>
    <message>
        <source>%1 pools</source>
        <translation>%1 个资源池</translation>
    </message>
    <message>
        <source>Delete pools</source>
        <translation>删除资源池</translation>
    </message>
    <message>
        <source>The nodes are released and the jobs running in the pool are stopped.</source>
        <translation>节点将被释放，资源池中运行的作业将被停止。</translation>
    </message>
    <message>
        <source>Buy AI Dedicated Cluster</source>
        <translation>购买AI专属集群</translation>
    </message>
    <message>
        <source>Buy a dedicated resource pool</source>
        <translation>购买专属资源池</translation>
    </message>
    <message>
        <source>Upgrade Driver…</source>
        <translation>升级驱动…</translation>
    </message>
    <message>
        <source>Upgrade the GPU or NPU driver of the selected running pool</source>
        <translation>升级所选运行中资源池的 GPU 或 NPU 驱动</translation>
    </message>
    <message>
        <source>Upgrade driver</source>
        <translation>升级驱动</translation>
    </message>
</context>
<context>
    <name>ma::ui::PriorityDialog</name>
    <message>
        <source>Set the scheduling priority of training job &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>设置训练作业 &lt;b&gt;%1&lt;/b&gt; 的调度优先级。</translation>
    </message>
    <message>
        <source>Requires the modelarts:trainJob:setHighPriority permission.</source>
        <translation>需要 modelarts:trainJob:setHighPriority 权限。</translation>
    </message>
</context>
<context>
    <name>ma::ui::RemoteSshDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ma::ui::RenewForDialog</name>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
</context>
<context>
    <name>ma::ui::ResourceDetailsPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>API Call</source>
        <translation>API 调用</translation>
    </message>
    <message>
        <source>Copy the request that reads this resource as curl, Python or ma-cli</source>
        <translation>将读取此资源的请求复制为 curl、Python 或 ma-cli 命令</translation>
    </message>
    <message>
        <source>Watching “%1”: a desktop notification comes when it finishes, fails or stops.</source>
        <translation>正在关注“%1”：它结束、失败或停止时会弹出桌面通知。</translation>
    </message>
    <message>
        <source>No longer watching “%1”.</source>
        <translation>不再关注“%1”。</translation>
    </message>
    <message>
        <source>Notifications are off in Settings.</source>
        <translation>通知已在设置中关闭。</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>关注中</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>A desktop notification comes when it finishes, fails or stops; click to stop watching</source>
        <translation>它结束、失败或停止时会弹出桌面通知；单击可取消关注</translation>
    </message>
    <message>
        <source>Get a desktop notification when it finishes, fails or stops</source>
        <translation>在它结束、失败或停止时获得桌面通知</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ma::ui::ResourceListPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
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
        <source>Not connected to a backend</source>
        <translation>未连接到后端</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the folder exists and is writable.</source>
        <translation>无法写入“%1”。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Copy “%1” as API Call</source>
        <translation>将“%1”复制为 API 调用</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Get a desktop notification when the selected items finish, fail or stop (Settings &gt; Notifications)</source>
        <translation>在所选项结束、失败或停止时获得桌面通知（设置 &gt; 通知）</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n item(s): a desktop notification comes when they finish, fail or stop.</source>
        <translation>
            <numerusform>正在关注 %n 项：它们结束、失败或停止时会弹出桌面通知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer watching %n item(s).</source>
        <translation>
            <numerusform>不再关注 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications are off in Settings.</source>
        <translation>通知已在设置中关闭。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Could not load all the rows to export: %1</source>
        <translation>无法加载要导出的全部行：%1</translation>
    </message>
</context>
<context>
    <name>ma::ui::SaveAsAlgorithmDialog</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter 1 to 64 characters.</source>
        <translation>请输入 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>Only letters, digits, hyphens (-), and underscores (_) are allowed.</source>
        <translation>只能包含字母、数字、中划线（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>Enter at most 256 characters.</source>
        <translation>最多输入 256 个字符。</translation>
    </message>
</context>
<context>
    <name>ma::ui::SaveImageDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ma::ui::SearchRangeEditor</name>
    <message>
        <source>The algorithm defines no hyperparameter to search.</source>
        <translation>该算法未定义可搜索的超参。</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Lower bound of %1</source>
        <translation>%1 的下限</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Upper bound of %1</source>
        <translation>%1 的上限</translation>
    </message>
</context>
<context>
    <name>ma::ui::SettingsPage</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>How often Training Jobs and the other lists reload while they are shown.</source>
        <translation>“训练作业”等列表在显示时自动重新加载的间隔。</translation>
    </message>
    <message>
        <source>Auto-refresh interval:</source>
        <translation>自动刷新间隔：</translation>
    </message>
    <message>
        <source>Takes effect after restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show desktop notifications for watched items</source>
        <translation>为关注的项显示桌面通知</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A watched training job, resource pool or notebook is announced when it completes, fails or stops. Watch items with Watch (the bell) on their list or details page; nothing is watched until you choose it.</source>
        <translation>关注的训练作业、资源池或 Notebook 在完成、失败或停止时会发出通知。在列表或详情页上用“关注”（铃铛）关注项目；在您选择之前不会关注任何项目。</translation>
    </message>
    <message>
        <source>Desktop notifications:</source>
        <translation>桌面通知：</translation>
    </message>
    <message>
        <source>How long before a watched notebook stops on its own the warning comes.</source>
        <translation>关注的 Notebook 自动停止前多久发出提醒。</translation>
    </message>
    <message>
        <source>Auto-stop warning:</source>
        <translation>自动停止提醒：</translation>
    </message>
</context>
<context>
    <name>ma::ui::SfsTurboEditor</name>
    <message>
        <source>Add Mount Configuration</source>
        <translation>添加挂载配置</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>挂载路径</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>SFS Turbo name or ID</source>
        <translation>SFS Turbo 名称或 ID</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Remove this mount</source>
        <translation>删除此挂载</translation>
    </message>
    <message>
        <source>At most %1 mounts.</source>
        <translation>最多 %1 个挂载。</translation>
    </message>
</context>
<context>
    <name>ma::ui::SshConnectDialog</name>
    <message>
        <source>Add to SSH Config</source>
        <translation>添加到 SSH 配置</translation>
    </message>
    <message>
        <source>Adds or updates the Host entry in %1; other entries are left as they are</source>
        <translation>在 %1 中添加或更新该 Host 条目，其他条目保持不变</translation>
    </message>
    <message>
        <source>Added “Host %1” to %2. Connect with: ssh %1</source>
        <translation>已将“Host %1”添加到 %2。连接命令：ssh %1</translation>
    </message>
    <message>
        <source>Updated “Host %1” in %2. Connect with: ssh %1</source>
        <translation>已更新 %2 中的“Host %1”。连接命令：ssh %1</translation>
    </message>
    <message>
        <source>“Host %1” in %2 is already up to date.</source>
        <translation>%2 中的“Host %1”已是最新。</translation>
    </message>
</context>
<context>
    <name>ma::ui::StatusTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ma::ui::TrainingJobDetailsPage</name>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Resource Usage</source>
        <translation>资源占用情况</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Back to the list of training jobs</source>
        <translation>返回训练作业列表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the job</source>
        <translation>重新加载作业</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the job; only creating, pending and running jobs can be stopped</source>
        <translation>停止作业；仅创建中、等待中和运行中的作业可以停止</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Create a new job from this job&apos;s settings</source>
        <translation>使用此作业的配置创建新作业</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>优先级…</translation>
    </message>
    <message>
        <source>Basic Settings</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Algorithm Parameters</source>
        <translation>算法参数</translation>
    </message>
    <message>
        <source>No log yet. The log appears here once the job runs.</source>
        <translation>暂无日志。作业运行后，日志将显示在此处。</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>The node (task) whose log is shown</source>
        <translation>显示其日志的节点（任务）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Click a legend entry to show or hide a series.</source>
        <translation>单击图例项可显示或隐藏对应曲线。</translation>
    </message>
    <message>
        <source>Resource usage</source>
        <translation>资源占用情况</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>The job has not started yet.</source>
        <translation>作业尚未开始运行。</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Change the scheduling priority of this queued job</source>
        <translation>修改此排队作业的调度优先级</translation>
    </message>
    <message>
        <source>The priority can be changed only while the job is pending in a dedicated resource pool</source>
        <translation>仅当作业在专属资源池中等待时才能修改优先级</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Job Priority</source>
        <translation>作业优先级</translation>
    </message>
    <message>
        <source>Algorithm Name</source>
        <translation>算法名称</translation>
    </message>
    <message>
        <source>Custom image</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Preset image</source>
        <translation>预置镜像</translation>
    </message>
    <message>
        <source>Code Directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot File</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Boot Command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Local Code Directory</source>
        <translation>本地代码目录</translation>
    </message>
    <message>
        <source>Work Directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Compute Nodes</source>
        <translation>计算节点个数</translation>
    </message>
    <message>
        <source>Dedicated resource pool</source>
        <translation>专属资源池</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Parameter: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Obtained from: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message>
        <source>Local path: %1</source>
        <translation>本地路径：%1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>训练输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>训练输出</translation>
    </message>
    <message>
        <source>Environment Variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Job Log Path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Edit Description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Description (at most 256 characters):</source>
        <translation>描述（最多 256 个字符）：</translation>
    </message>
    <message>
        <source>The description can have at most 256 characters.</source>
        <translation>描述最多 256 个字符。</translation>
    </message>
    <message>
        <source>Download Log</source>
        <translation>下载日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Billing stops once the job is stopped.</source>
        <translation>作业停止后即停止计费。</translation>
    </message>
    <message>
        <source>Files in OBS are not deleted.</source>
        <translation>OBS 中的文件不会被删除。</translation>
    </message>
    <message>
        <source>A training job has at most %1 tags; delete one first.</source>
        <translation>一个训练作业最多有 %1 个标签，请先删除一个。</translation>
    </message>
    <message>
        <source>Download All…</source>
        <translation>全部下载…</translation>
    </message>
    <message>
        <source>Save the full log of every node into a folder, one file per node</source>
        <translation>将每个节点的完整日志保存到一个文件夹，每个节点一个文件</translation>
    </message>
    <message>
        <source>Download All Logs</source>
        <translation>下载全部日志</translation>
    </message>
    <message>
        <source>%1 of %2 logs could not be saved in “%3”:
%4</source>
        <translation>%2 个日志中有 %1 个无法保存到“%3”：
%4</translation>
    </message>
    <message>
        <source>NPU process-level restart</source>
        <translation>NPU 进程级重启</translation>
    </message>
    <message>
        <source>GPU process-level restart</source>
        <translation>GPU 进程级重启</translation>
    </message>
    <message>
        <source>Process-level restart</source>
        <translation>进程级重启</translation>
    </message>
    <message>
        <source>POD-level rescheduling</source>
        <translation>Pod 级重调度</translation>
    </message>
    <message>
        <source>Job-level rescheduling</source>
        <translation>作业级重调度</translation>
    </message>
    <message>
        <source>Isolated job-level rescheduling</source>
        <translation>隔离式作业级重调度</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More operations on this job</source>
        <translation>此作业的更多操作</translation>
    </message>
    <message>
        <source>Save as Algorithm…</source>
        <translation>另存为算法…</translation>
    </message>
    <message>
        <source>Keep this job&apos;s code, image and hyperparameters as an algorithm</source>
        <translation>将此作业的代码、镜像和超参保存为算法</translation>
    </message>
    <message>
        <source>Fault Recovery</source>
        <translation>故障恢复</translation>
    </message>
    <message>
        <source>Dataset: %1 (%2)</source>
        <translation>数据集：%1（%2）</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>Version: %1 (%2)</source>
        <translation>版本：%1（%2）</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>Dataset files: %1</source>
        <translation>数据集文件：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>fault recovery option</comment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <comment>fault recovery option</comment>
        <translation>否</translation>
    </message>
    <message>
        <source>Auto Restart</source>
        <translation>自动重启</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>Auto Restart</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On, at most %1 restarts</source>
        <translation>开启，最多重启 %1 次</translation>
    </message>
    <message>
        <source>Unconditional auto restart</source>
        <translation>无条件自动重启</translation>
    </message>
    <message>
        <source>Restart Upon Suspension</source>
        <translation>卡死重启</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Start type: restart</source>
        <translation>启动类型：重启</translation>
    </message>
    <message>
        <source>Start type: first start or rescheduling</source>
        <translation>启动类型：首次启动或重调度</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>运行时长：%1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Fault source: %1</source>
        <translation>故障来源：%1</translation>
    </message>
    <message>
        <source>Recovery action upon end: %1</source>
        <translation>结束时的恢复动作：%1</translation>
    </message>
    <message>
        <source>Degraded from: %1</source>
        <translation>降级自：%1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>第 %1 次运行</translation>
    </message>
    <message>
        <source>Algorithm %1 created in Algorithm Management.</source>
        <translation>已在算法管理中创建算法 %1。</translation>
    </message>
    <message>
        <source>Auto Search Results</source>
        <translation>超参搜索结果</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>订阅 ID</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <source>Metric: %1 (%2)</source>
        <translation>指标：%1（%2）</translation>
    </message>
    <message>
        <source>minimise</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>maximise</source>
        <translation>最大化</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参搜索</translation>
    </message>
    <message>
        <source>System logs</source>
        <translation>系统日志</translation>
    </message>
    <message>
        <source>Show the lines ModelArts writes ([ModelArts Service Log]) besides the job&apos;s own</source>
        <translation>除作业自身的日志外，也显示 ModelArts 写入的行（[ModelArts Service Log]）</translation>
    </message>
</context>
<context>
    <name>ma::ui::TrainingJobV1DetailsPage</name>
    <message>
        <source>%1 vCPUs · %2 GiB · %3 × %4</source>
        <comment>vCPUs, memory, GPU count and type</comment>
        <translation>%1 vCPU · %2 GiB · %3 × %4</translation>
    </message>
    <message>
        <source>%1 vCPUs · %2 GiB</source>
        <comment>vCPUs, memory</comment>
        <translation>%1 vCPU · %2 GiB</translation>
    </message>
    <message>
        <source>training job version</source>
        <translation>训练作业版本</translation>
    </message>
    <message>
        <source>training job versions</source>
        <translation>训练作业版本</translation>
    </message>
    <message>
        <source>Training Jobs</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Back to the list of training jobs</source>
        <translation>返回训练作业列表</translation>
    </message>
    <message>
        <source>Reload the job and its versions</source>
        <translation>重新加载作业及其版本</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the selected version</source>
        <translation>停止所选版本</translation>
    </message>
    <message>
        <source>Create Version</source>
        <translation>创建版本</translation>
    </message>
    <message>
        <source>Run a new version of the job with the selected version&apos;s settings</source>
        <translation>以所选版本的设置运行作业的新版本</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Delete the selected version (not the first: it stands for the job)</source>
        <translation>删除所选版本（第一个版本除外：它代表作业本身）</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <source>Delete the job with every version</source>
        <translation>删除作业及其所有版本</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>所选版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Nodes</source>
        <comment>compute nodes of a job</comment>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>creation time</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Log file of the selected version (one per compute node)</source>
        <translation>所选版本的日志文件（每个计算节点一个）</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API</source>
        <comment>which ModelArts API a job was created with</comment>
        <translation>API</translation>
    </message>
    <message>
        <source>v1 (legacy training API)</source>
        <translation>v1（旧版训练 API）</translation>
    </message>
    <message>
        <source>Versions</source>
        <comment>number of versions of a v1 training job</comment>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (v1 status %2)</source>
        <translation>%1（v1 状态 %2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>job name, version name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>hyperparameter label = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>engine name, engine version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dataset %1, version %2</source>
        <translation>数据集 %1，版本 %2</translation>
    </message>
    <message>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <source>Parent version</source>
        <translation>父版本</translation>
    </message>
    <message>
        <source>AI engine</source>
        <translation>AI 引擎</translation>
    </message>
    <message>
        <source>Code directory</source>
        <translation>代码目录</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>启动文件</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Boot command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>超参</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>Output path</source>
        <translation>输出路径</translation>
    </message>
    <message>
        <source>Job log path</source>
        <translation>作业日志路径</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>Public resource pool</source>
        <translation>公共资源池</translation>
    </message>
    <message>
        <source>Compute nodes</source>
        <translation>计算节点个数</translation>
    </message>
    <message>
        <source>This version has no log files yet.</source>
        <translation>此版本还没有日志文件。</translation>
    </message>
    <message>
        <source>No log lines yet.</source>
        <translation>还没有日志行。</translation>
    </message>
    <message>
        <source>Billing stops once the job is stopped.</source>
        <translation>作业停止后即停止计费。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” created.</source>
        <translation>已创建“%2”的版本 %1。</translation>
    </message>
    <message>
        <source>Every version of the job is deleted. Files in OBS are not deleted.</source>
        <translation>作业的所有版本都将被删除。OBS 中的文件不会被删除。</translation>
    </message>
</context>
<context>
    <name>ma::ui::TrainingJobsPage</name>
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
        <source>Loading training jobs…</source>
        <translation>正在加载训练作业…</translation>
    </message>
    <message>
        <source>The training jobs could not be loaded. Refresh to try again.</source>
        <translation>无法加载训练作业，请刷新重试。</translation>
    </message>
    <message>
        <source>No training jobs yet</source>
        <translation>暂无训练作业</translation>
    </message>
    <message>
        <source>Export Training Jobs</source>
        <translation>导出训练作业</translation>
    </message>
    <message>
        <source>Create Training Job</source>
        <translation>创建训练作业</translation>
    </message>
    <message>
        <source>Open the form for a new training job</source>
        <translation>打开创建训练作业表单</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Open the creation form filled in with the settings of the selected job</source>
        <translation>打开已填入所选作业配置的创建表单</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>优先级…</translation>
    </message>
    <message>
        <source>Change the priority of a job waiting in a dedicated resource pool</source>
        <translation>修改在专属资源池中等待的作业的优先级</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>修改优先级</translation>
    </message>
    <message>
        <source>Stop training jobs</source>
        <translation>停止训练作业</translation>
    </message>
    <message>
        <source>Delete training jobs</source>
        <translation>删除训练作业</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>At most %1 jobs can be compared at once; %2 are selected</source>
        <translation>一次最多可对比 %1 个作业；已选择 %2 个</translation>
    </message>
    <message>
        <source>Compare the settings and resource usage of the selected jobs side by side (2 to %1 jobs)</source>
        <translation>并排对比所选作业的设置和资源使用情况（2 到 %1 个作业）</translation>
    </message>
    <message>
        <source>At most %1 jobs can be compared at once: select fewer to compare them.</source>
        <translation>一次最多可对比 %1 个作业：请减少所选作业再对比。</translation>
    </message>
    <message>
        <source>Save every job the search and filters match as a CSV file</source>
        <translation>将符合搜索和筛选条件的所有作业保存为 CSV 文件</translation>
    </message>
    <message>
        <source>No training jobs match the search or the filters</source>
        <translation>没有符合搜索或筛选条件的训练作业</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Show only the job with this ID (press Enter)</source>
        <translation>仅显示此 ID 的作业（按 Enter）</translation>
    </message>
    <message>
        <source>Show only jobs created in this time range</source>
        <translation>仅显示在此时间范围内创建的作业</translation>
    </message>
    <message>
        <source>Any creation time</source>
        <translation>任意创建时间</translation>
    </message>
    <message>
        <source>Created in the last 24 hours</source>
        <translation>最近 24 小时内创建</translation>
    </message>
    <message>
        <source>Created in the last 7 days</source>
        <translation>最近 7 天内创建</translation>
    </message>
    <message>
        <source>Created in the last 30 days</source>
        <translation>最近 30 天内创建</translation>
    </message>
    <message>
        <source>Created between…</source>
        <translation>创建时间介于…</translation>
    </message>
    <message>
        <source>First day of the creation time range</source>
        <translation>创建时间范围的第一天</translation>
    </message>
    <message>
        <source>Last day of the creation time range</source>
        <translation>创建时间范围的最后一天</translation>
    </message>
    <message>
        <source>Show only jobs on this dedicated resource pool</source>
        <translation>仅显示此专属资源池上的作业</translation>
    </message>
    <message>
        <source>All resource pools</source>
        <translation>全部资源池</translation>
    </message>
    <message>
        <source>Algorithm name</source>
        <translation>算法名称</translation>
    </message>
    <message>
        <source>Show only jobs whose algorithm name contains this text (press Enter)</source>
        <translation>仅显示算法名称包含此文本的作业（按 Enter）</translation>
    </message>
    <message>
        <source>Show only jobs of this type</source>
        <translation>仅显示此类型的作业</translation>
    </message>
    <message>
        <source>All job types</source>
        <translation>全部作业类型</translation>
    </message>
    <message>
        <source>Training job</source>
        <translation>训练作业</translation>
    </message>
    <message>
        <source>Visualization job</source>
        <translation>可视化作业</translation>
    </message>
    <message>
        <source>Only my jobs</source>
        <translation>仅我的作业</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show only the jobs created by the signed-in IAM user</source>
        <translation>仅显示当前登录的 IAM 用户创建的作业</translation>
    </message>
    <message>
        <source>Needs the IAM user ID, which only a profile signed in with a password tells; access keys do not say whose they are</source>
        <translation>需要 IAM 用户 ID，只有使用密码登录的配置才能提供；访问密钥无法表明其所属用户</translation>
    </message>
    <message>
        <source>Legacy training jobs (v1 API)</source>
        <translation>旧版训练作业（v1 API）</translation>
    </message>
    <message>
        <source>Jobs created with the historical v1 training API, which this profile uses; each has versions of its own. Open one for its versions, logs and operations.</source>
        <translation>通过旧版 v1 训练 API 创建的作业（此配置使用该 API）；每个作业有自己的版本。打开作业可查看其版本、日志和操作。</translation>
    </message>
    <message>
        <source>Stop the latest version of the selected v1 jobs</source>
        <translation>停止所选 v1 作业的最新版本</translation>
    </message>
    <message>
        <source>Delete the selected v1 jobs with all their versions</source>
        <translation>删除所选 v1 作业及其所有版本</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Could not load the v1 jobs</source>
        <translation>无法加载 v1 作业</translation>
    </message>
</context>
<context>
    <name>ma::ui::TypedConfirmationDialog</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
    <message>
        <source>%1 d %2</source>
        <comment>days, then hh:mm:ss</comment>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <source>%1 since the start</source>
        <translation>自启动起 %1</translation>
    </message>
</context>
<context>
    <name>ma::widgets::DashboardPanel</name>
    <message>
        <source>cores</source>
        <translation>核</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <source>Export as PNG image…</source>
        <translation>导出为 PNG 图片…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Panel actions</source>
        <translation>面板操作</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Click a series to hide or show it</source>
        <translation>单击序列可隐藏或显示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>panel title (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated series name and its number</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No data in this time range</source>
        <translation>此时间范围内暂无数据</translation>
    </message>
    <message>
        <source>No data: the query failed</source>
        <translation>无数据：查询失败</translation>
    </message>
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
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>导出数据为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG image</source>
        <translation>导出为 PNG 图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ma::widgets::DashboardPdf</name>
    <message>
        <source>… and %1 more series</source>
        <translation>… 另有 %1 个序列</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>无法启动 PDF 写入器。</translation>
    </message>
</context>
<context>
    <name>ma::widgets::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>ma::widgets::FragmentsView</name>
    <message>
        <source>GPU/NPU fragments (now)</source>
        <translation>GPU/NPU 碎片（当前）</translation>
    </message>
    <message>
        <source>Idle cards that multi-card tasks cannot use, as the pool&apos;s nodes are now</source>
        <translation>按资源池节点的当前状态，多卡任务无法使用的空闲卡</translation>
    </message>
    <message>
        <source>No available node of this pool has GPUs or NPUs.</source>
        <translation>此资源池没有带 GPU 或 NPU 的可用节点。</translation>
    </message>
    <message>
        <source>Idle %1 cards on the available nodes: %2. A task&apos;s cards are on one node, so larger tasks may not fit although cards are idle.</source>
        <translation>可用节点上的空闲 %1 卡：%2。一个任务的卡位于同一节点，因此即使有空闲卡，较大的任务也可能无法容纳。</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速</translation>
    </message>
</context>
<context>
    <name>ma::widgets::KeyValueEditor</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>%1 must contain KEY=VALUE lines or a JSON object such as {&quot;epochs&quot;: &quot;10&quot;}.</source>
        <translation>%1 必须包含 KEY=VALUE 行或 JSON 对象，例如 {&quot;epochs&quot;: &quot;10&quot;}。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in %2 must be text, a number or a boolean.</source>
        <translation>%2 中“%1”的值必须是文本、数字或布尔值。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not KEY=VALUE: %3</source>
        <translation>%2 的第 %1 行不是 KEY=VALUE 格式：%3</translation>
    </message>
    <message>
        <source>Line %1 of %2 has no key: %3</source>
        <translation>%2 的第 %1 行缺少键：%3</translation>
    </message>
    <message>
        <source>%1 contains no entries.</source>
        <translation>%1 中没有条目。</translation>
    </message>
    <message>
        <source>Importing %1 entries would exceed the maximum of %2 (the table already has %3). Nothing was imported.</source>
        <translation>导入 %1 个条目将超过上限 %2（表中已有 %3 个），未导入任何条目。</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>导入条目</translation>
    </message>
    <message>
        <source>Key-value files (*.txt *.env *.properties *.json);;All files (*)</source>
        <translation>键值文件 (*.txt *.env *.properties *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>最多允许 %1 个条目。</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import KEY=VALUE lines or a JSON object from a file</source>
        <translation>从文件导入 KEY=VALUE 行或 JSON 对象</translation>
    </message>
    <message>
        <source>No entries. Click Add or Import.</source>
        <translation>暂无条目。请单击“添加”或“导入”。</translation>
    </message>
    <message>
        <source>%1 is too large or nested too deeply.</source>
        <translation>%1 过大或嵌套过深。</translation>
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
    <message>
        <source>Find in the log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Find next in the log</source>
        <translation>在日志中查找下一个</translation>
    </message>
    <message>
        <source>Find previous in the log</source>
        <translation>在日志中查找上一个</translation>
    </message>
</context>
<context>
    <name>ma::widgets::NodeMapWidget</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 · 1 node</source>
        <translation>%1 · 1 个节点</translation>
    </message>
    <message>
        <source>%1 · %2 nodes</source>
        <translation>%1 · %2 个节点</translation>
    </message>
    <message>
        <source>No nodes to show</source>
        <translation>没有可显示的节点</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation>状态变更中</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>CPU utilisation</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>GPU/NPU utilisation</source>
        <translation>GPU/NPU 使用率</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>50 %</source>
        <translation>50 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Runs jobs</source>
        <translation>运行作业</translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation>资源池：%1</translation>
    </message>
    <message>
        <source>AZ: %1</source>
        <translation>可用区：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No running jobs</source>
        <translation>无运行中的作业</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>作业：%1</translation>
    </message>
</context>
<context>
    <name>ma::widgets::ObsBrowserDialog</name>
    <message>
        <source>Select OBS file</source>
        <translation>选择 OBS 文件</translation>
    </message>
    <message>
        <source>Select OBS folder</source>
        <translation>选择 OBS 文件夹</translation>
    </message>
    <message>
        <source>Select a file</source>
        <translation>请选择文件</translation>
    </message>
    <message>
        <source>Select a bucket or folder</source>
        <translation>请选择桶或文件夹</translation>
    </message>
    <message>
        <source>Select the bucket or folder to create the folder in.</source>
        <translation>请选择要在其中创建文件夹的桶或文件夹。</translation>
    </message>
    <message>
        <source>Enter a folder name without &quot;/&quot; or &quot;\&quot;.</source>
        <translation>请输入不含“/”或“\”的文件夹名称。</translation>
    </message>
    <message>
        <source>Select the bucket or folder to import into.</source>
        <translation>请选择要导入到的桶或文件夹。</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>正在将 %1 导入 %2…</translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>新建桶</translation>
    </message>
    <message>
        <source>Bucket name (3-63 lowercase letters, digits, hyphens or periods):</source>
        <translation>桶名称（3-63 个小写字母、数字、中划线或句点）：</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>%1 中新文件夹的名称：</translation>
    </message>
    <message>
        <source>Import local folder</source>
        <translation>导入本地文件夹</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>ma::widgets::ObsPathEdit</name>
    <message>
        <source>Select…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a file in the local object store</source>
        <translation>在本地对象存储中选择文件</translation>
    </message>
    <message>
        <source>Choose a folder in the local object store</source>
        <translation>在本地对象存储中选择文件夹</translation>
    </message>
    <message>
        <source>obs://bucket/folder/file.py</source>
        <translation>obs://bucket/folder/file.py</translation>
    </message>
    <message>
        <source>obs://bucket/folder/</source>
        <translation>obs://bucket/folder/</translation>
    </message>
</context>
<context>
    <name>ma::widgets::OverviewPanel</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>ma::widgets::PreSubmitCheckList</name>
    <message>
        <source>Pre-submit checks</source>
        <translation>提交前检查</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>1 passed</source>
        <translation>1 项通过</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 项通过</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 项警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 项警告</translation>
    </message>
    <message>
        <source>1 fails</source>
        <translation>1 项不通过</translation>
    </message>
    <message>
        <source>%1 fail</source>
        <translation>%1 项不通过</translation>
    </message>
    <message>
        <source>1 cannot be checked</source>
        <translation>1 项无法检查</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>%1 项无法检查</translation>
    </message>
    <message>
        <source>1 running</source>
        <translation>1 项进行中</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 项进行中</translation>
    </message>
    <message>
        <source>A pre-submit check says the request would fail.</source>
        <translation>一项提交前检查表明该请求会失败。</translation>
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
    <name>ma::widgets::TagsTab</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Enter a tag key</source>
        <translation>请输入标签键</translation>
    </message>
    <message>
        <source>Enter a tag value</source>
        <translation>请输入标签值</translation>
    </message>
    <message>
        <source>Delete the selected tags</source>
        <translation>删除所选标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>删除标签“%1”？</translation>
    </message>
    <message>
        <source>Delete these %1 tags?</source>
        <translation>删除这 %1 个标签？</translation>
    </message>
    <message>
        <source>1 tag available for addition.</source>
        <translation>还可以添加 1 个标签。</translation>
    </message>
    <message>
        <source>%1 tags available for addition.</source>
        <translation>还可以添加 %1 个标签。</translation>
    </message>
    <message>
        <source>Keys starting with _sys_ are reserved.</source>
        <translation>以 _sys_ 开头的键为系统保留。</translation>
    </message>
</context>
</TS>
